import { Box, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton, errorMessage } from '../common/ActionButton';
import { TextButton } from '../common/TextButton';
import { useRole } from '../common/useRole';
import type { Cohort } from '../types';
import { BatchProgress } from './BatchProgress';
import { type Certificate, certificateApi } from './certificateApi';
import { canIssue, type CertificateRow, certificateRows, reasonMessage } from './certificateRows';
import { CertificateStatusChip } from './CertificateStatus';
import { ReissueButton, RevokeButton } from './RevokeButton';

/** The cohort's Certificates tab: staff follow and (admins) issue; a participant gets theirs. */
export const CertificatesTab = () => {
  const cohort = useRecordContext<Cohort>();
  const role = useRole();
  if (!cohort || !role) return null;
  return role === 'participant' ? (
    <MyCertificates cohortId={cohort.id} />
  ) : (
    <CohortCertificates cohortId={cohort.id} isAdmin={role === 'admin'} />
  );
};

/** The links of one certificate: its PDF and its public verify page. */
const CertificateLinks = ({ certificate }: { certificate: Certificate }) => {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <>
      {certificate.status === 'issued' && (
        <TextButton
          label="apprenance.certificates.download_pdf"
          onClick={() =>
            certificateApi
              .downloadPdf(certificate)
              .catch((e) => notify(errorMessage(e), { type: 'error' }))
          }
        />
      )}
      <Link href={`/verify/${certificate.code}`} target="_blank" rel="noopener" sx={{ mx: 1 }}>
        {translate('apprenance.certificates.verify_page', { code: certificate.code })}
      </Link>
    </>
  );
};

/** A row of chips, links and buttons that wraps on a phone. */
const Line = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
    {children}
  </Stack>
);

const Reasons = ({ row }: { row: CertificateRow }) => {
  const translate = useTranslate();
  if (row.eligible) {
    return (
      <Typography color="success.main">{translate('apprenance.certificates.eligible')}</Typography>
    );
  }
  return (
    <Box>
      <Typography color="text.secondary">
        {translate('apprenance.certificates.not_eligible')}
      </Typography>
      <ul style={{ margin: 0 }}>
        {row.reasons.map((reason, i) => {
          const [key, values] = reasonMessage(reason);
          const phase =
            'phase' in values ? translate(`apprenance.phases.${values.phase}`) : undefined;
          const status =
            'status' in values
              ? translate(`apprenance.prototype_statuses.${values.status}`, {
                  _: translate('apprenance.certificates.no_prototype'),
                })
              : undefined;
          return <li key={i}>{translate(key, { ...values, phase, status })}</li>;
        })}
      </ul>
    </Box>
  );
};

function ParticipantCard(props: {
  row: CertificateRow;
  cohortId: string;
  isAdmin: boolean;
  onStarted: (batchId: string) => void;
  reload: () => void;
}) {
  const { row, cohortId, isAdmin, onStarted, reload } = props;
  const translate = useTranslate();
  const current = row.current;
  return (
    <Card variant="outlined" data-testid="certificate-row">
      <CardContent>
        <Typography component="h3" variant="h6">
          {row.displayName}
        </Typography>
        <Reasons row={row} />
        {current ? (
          <Line>
            <CertificateStatusChip status={current.status} />
            <CertificateLinks certificate={current} />
            {isAdmin && current.status === 'issued' && (
              <>
                <RevokeButton certificate={current} onDone={reload} />
                <ReissueButton certificate={current} onStarted={onStarted} />
              </>
            )}
          </Line>
        ) : (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('apprenance.certificates.none_yet')}
          </Typography>
        )}
        {row.past.map((old) => (
          <Line key={old.id}>
            <CertificateStatusChip status={old.status} />
            <Typography variant="body2">
              {old.revocationReason ?? old.lastError ?? ''} ({old.code})
            </Typography>
          </Line>
        ))}
        {isAdmin && canIssue(row) && (
          <ActionButton
            label="apprenance.certificates.issue"
            variant="outlined"
            action={() => certificateApi.issueOne(cohortId, row.id)}
            onDone={({ batchId }) => onStarted(batchId)}
          />
        )}
      </CardContent>
    </Card>
  );
}

/** Eligibility and certificates of every participant, a live progress bar while a batch runs. */
const CohortCertificates = ({ cohortId, isAdmin }: { cohortId: string; isAdmin: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [rows, setRows] = useState<CertificateRow[]>();
  const [batchId, setBatchId] = useState<string>();
  const reload = useCallback(() => {
    Promise.all([certificateApi.eligibility(cohortId), certificateApi.list(cohortId)]).then(
      ([eligibility, certificates]) => setRows(certificateRows(eligibility, certificates)),
      (error) => notify(errorMessage(error), { type: 'error' }),
    );
  }, [cohortId, notify]);
  useEffect(reload, [reload]);
  const onComplete = useCallback(() => {
    setBatchId(undefined);
    reload();
  }, [reload]);
  const started = (id: string) => {
    setBatchId(id);
    reload();
  };
  if (!rows) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ mb: 2, flexWrap: 'wrap', gap: 1 }}>
        {isAdmin && rows.some(canIssue) && (
          <ActionButton
            label="apprenance.certificates.issue_all"
            variant="contained"
            action={() => certificateApi.issueAll(cohortId)}
            onDone={({ batchId: id }) => started(id)}
          />
        )}
        {rows.some((row) => row.current?.status === 'issued') && (
          <TextButton
            label="apprenance.certificates.download_zip"
            variant="outlined"
            onClick={() =>
              certificateApi
                .downloadZip(cohortId)
                .catch((e) => notify(errorMessage(e), { type: 'error' }))
            }
          />
        )}
      </Stack>
      {batchId && <BatchProgress batchId={batchId} onComplete={onComplete} />}
      {rows.length === 0 && (
        <Typography>{translate('apprenance.certificates.no_participants')}</Typography>
      )}
      <Stack sx={{ gap: 2 }}>
        {rows.map((row) => (
          <ParticipantCard
            key={row.id}
            row={row}
            cohortId={cohortId}
            isAdmin={isAdmin}
            onStarted={started}
            reload={reload}
          />
        ))}
      </Stack>
    </Box>
  );
};

/** A participant's own certificates of this cohort. */
const MyCertificates = ({ cohortId }: { cohortId: string }) => {
  const translate = useTranslate();
  const [mine, setMine] = useState<Certificate[]>();
  useEffect(() => {
    certificateApi.mine().then(
      (all) => setMine(all.filter((c) => c.cohortId === cohortId)),
      () => setMine([]),
    );
  }, [cohortId]);
  if (!mine) return null;
  if (!mine.length)
    return <Typography>{translate('apprenance.certificates.mine_empty')}</Typography>;
  return (
    <Stack sx={{ gap: 2 }}>
      {mine.map((certificate) => (
        <Card variant="outlined" key={certificate.id} data-testid="my-certificate">
          <CardContent>
            <Typography component="h3" variant="h6">
              {certificate.participantName}
            </Typography>
            <Line>
              <CertificateStatusChip status={certificate.status} />
              <CertificateLinks certificate={certificate} />
            </Line>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
