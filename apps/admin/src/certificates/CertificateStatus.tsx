import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CertificateStatus } from './certificateApi';

const COLORS = {
  pending: 'default',
  issued: 'success',
  failed: 'error',
  revoked: 'error',
  superseded: 'warning',
} as const;

export const CertificateStatusChip = ({ status }: { status: CertificateStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status]}
      variant="outlined"
      label={translate(`apprenance.certificate_statuses.${status}`)}
    />
  );
};
