import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/localDate';
import { TextButton } from '../common/TextButton';
import { enrolledEmails, sessionsWithoutAttendance, waitlist } from '../home/homeSummary';
import { PHASES } from '../types';
import { RateCells } from './RateChip';
import { useCohortTraining } from './useCohortTraining';

const Heading = ({ children }: { children: string }) => (
  <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/**
 * A trainer's view of one cohort: each pair's attendance per phase against the course rule,
 * the sessions still without attendance, the waitlist in order, and everyone's emails.
 */
export const OverviewTab = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [now] = useState(() => new Date());
  const { pairs, sessions, attendance, rates, minimum } = useCohortTraining();
  const enrolled = pairs.filter((p) => p.status === 'enrolled');
  const missing = sessionsWithoutAttendance(sessions, attendance, now);
  const copyEmails = () =>
    navigator.clipboard
      .writeText(enrolledEmails(pairs).join(', '))
      .then(() => notify('screens.overview.emails_copied', { type: 'success' }))
      .catch(() => notify('screens.calendar.copy_failed', { type: 'warning' }));
  return (
    <Stack data-testid="cohort-overview">
      <Heading>{translate('screens.overview.rates')}</Heading>
      <Typography variant="body2" color="text.secondary">
        {translate('screens.attendance.rule', { percent: minimum })}
      </Typography>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('screens.overview.pair')}</TableCell>
              {PHASES.map((phase) => (
                <TableCell key={phase}>{translate(`apprenance.phases.${phase}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {enrolled.flatMap((pair) =>
              [pair.political, pair.technical].map((member) => (
                <TableRow key={member.id}>
                  <TableCell component="th" scope="row">
                    {pair.territoryName} — {member.displayName}
                  </TableCell>
                  <RateCells rates={rates} participantId={member.id} minimum={minimum} />
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      </TableContainer>

      <Heading>{translate('screens.overview.missing_attendance')}</Heading>
      {missing.length === 0 ? (
        <Typography color="text.secondary">{translate('screens.overview.none_missing')}</Typography>
      ) : (
        <ul data-testid="missing-attendance">
          {missing.map((session) => (
            <li key={session.id}>
              <a href={`#/cohorts/${session.cohortId}/show/attendance`}>
                {translate(`apprenance.phases.${session.phase}`)} —{' '}
                {formatLocalDate(session.date, locale)}
              </a>
            </li>
          ))}
        </ul>
      )}

      <Heading>{translate('screens.overview.waitlist')}</Heading>
      {waitlist(pairs).length === 0 ? (
        <Typography color="text.secondary">
          {translate('screens.overview.waitlist_empty')}
        </Typography>
      ) : (
        <ol data-testid="waitlist">
          {waitlist(pairs).map((pair) => (
            <li key={pair.id}>{pair.territoryName}</li>
          ))}
        </ol>
      )}

      <Heading>{translate('screens.overview.contact')}</Heading>
      <div>
        <TextButton
          label="screens.overview.copy_emails"
          icon={<ContentCopyIcon />}
          onClick={copyEmails}
          variant="outlined"
        />
      </div>
    </Stack>
  );
};
