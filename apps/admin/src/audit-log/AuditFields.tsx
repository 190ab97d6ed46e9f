import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../types';
import { changesOf, entityPath, verbOf } from './auditEntry';

/** "Cohort — update", in words, from the entry's codes (the code itself when unknown). */
export const AuditActionField = (_: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditLogEntry>();
  if (!entry) return null;
  const entity = translate(`screens.audit.entities.${entry.entityType}`, { _: entry.entityType });
  const verb = verbOf(entry.action);
  return <>{`${entity} — ${translate(`screens.audit.verbs.${verb}`, { _: verb })}`}</>;
};

/** The audited record, as a link to its page when it has one. */
export const AuditEntityField = (_: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditLogEntry>();
  if (!entry) return null;
  const path = entityPath(entry.entityType, entry.entityId);
  const text = translate('screens.audit.open_entity', {
    entity: translate(`screens.audit.entities.${entry.entityType}`, { _: entry.entityType }),
  });
  return path ? <Link href={`#${path}`}>{text}</Link> : <>{entry.entityId}</>;
};

/** What changed, field by field, before and after. */
export const AuditChangesField = (_: { label?: string }) => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditLogEntry>();
  const rows = changesOf(entry?.changes ?? null);
  if (rows.length === 0) return <>—</>;
  return (
    <Table size="small" data-testid="audit-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('screens.audit.field')}</TableCell>
          <TableCell>{translate('screens.audit.before')}</TableCell>
          <TableCell>{translate('screens.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell component="th" scope="row">
              {row.field}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.before}</TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.after}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
