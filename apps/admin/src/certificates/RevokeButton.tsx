import { useState } from 'react';
import { required, TextInput, useTranslate } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { TextButton } from '../common/TextButton';
import { type Certificate, certificateApi } from './certificateApi';

/** Revokes with a reason (shown on the public verify page); then `onDone`. */
export const RevokeButton = ({
  certificate,
  onDone,
}: {
  certificate: Certificate;
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <TextButton
        label="apprenance.certificates.revoke"
        color="error"
        onClick={() => setOpen(true)}
      />
      <FormDialog
        open={open}
        onClose={() => {
          setOpen(false);
          onDone();
        }}
        title={translate('apprenance.certificates.revoke_title', { code: certificate.code })}
        resource="certificates"
        submit={async (values) => {
          await certificateApi.revoke(certificate.id, String(values.reason ?? ''));
          return 'apprenance.certificates.revoked_done';
        }}
      >
        <TextInput source="reason" validate={required()} multiline fullWidth />
      </FormDialog>
    </>
  );
};

/** Re-issues with a corrected name: the old certificate is superseded by the new one. */
export const ReissueButton = ({
  certificate,
  onStarted,
}: {
  certificate: Certificate;
  onStarted: (batchId: string) => void;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <TextButton label="apprenance.certificates.reissue" onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.certificates.reissue_title', { code: certificate.code })}
        resource="certificates"
        record={{ participantName: certificate.participantName }}
        submit={async (values) => {
          const { batchId } = await certificateApi.reissue(
            certificate.id,
            String(values.participantName ?? '').trim() || undefined,
          );
          onStarted(batchId);
          return 'apprenance.certificates.reissued_done';
        }}
      >
        <TextInput source="participantName" validate={required()} fullWidth />
      </FormDialog>
    </>
  );
};
