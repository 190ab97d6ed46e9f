import {
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { prototypeApi } from '../providers/prototypeApi';
import type { Prototype } from '../types';
import { usePrototypeQuery } from './usePrototypeQuery';

const show = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** The frozen versions, and what changed between any two of them, field by field. */
export const VersionsTab = () => {
  const prototype = useRecordContext<Prototype>();
  const translate = useTranslate();
  const latest = prototype?.currentVersion ?? 0;
  // Until the reader picks, the last two versions, however recent the record is.
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const from = picked.from ?? Math.max(1, latest - 1);
  const to = picked.to ?? latest;
  const setFrom = (n: number) => setPicked((p) => ({ ...p, from: n }));
  const setTo = (n: number) => setPicked((p) => ({ ...p, to: n }));
  const versions = usePrototypeQuery(
    ['versions', prototype?.id, latest],
    () => prototypeApi.versions(prototype!.id),
    prototype !== undefined,
  );
  const diff = usePrototypeQuery(
    ['diff', prototype?.id, from, to],
    () => prototypeApi.diff(prototype!.id, from, to),
    prototype !== undefined && latest >= 2 && from !== to,
  );
  if (!prototype) return null;
  if (!latest) return <Typography>{translate('apprenance.prototypes.no_version')}</Typography>;
  const numbers = (versions.data ?? []).map((v) => v.number);
  const picker = (label: string, value: number, set: (n: number) => void) => (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(event) => set(Number(event.target.value))}
    >
      {numbers.map((n) => (
        <MenuItem key={n} value={n}>
          v{n}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack spacing={2}>
      <Table size="small" data-testid="versions">
        <TableHead>
          <TableRow>
            <TableCell>{translate('apprenance.prototypes.version_number')}</TableCell>
            <TableCell>{translate('apprenance.prototypes.author')}</TableCell>
            <TableCell>{translate('apprenance.prototypes.frozen_at')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(versions.data ?? []).map((version) => (
            <TableRow key={version.number}>
              <TableCell>v{version.number}</TableCell>
              <TableCell>{version.authorName}</TableCell>
              <TableCell>{new Date(version.createdAt).toLocaleString()}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {latest >= 2 && (
        <>
          <Stack direction="row" spacing={2}>
            {picker('apprenance.prototypes.diff_from', from, setFrom)}
            {picker('apprenance.prototypes.diff_to', to, setTo)}
          </Stack>
          <Table size="small" data-testid="diff">
            <TableHead>
              <TableRow>
                <TableCell>{translate('apprenance.prototypes.field')}</TableCell>
                <TableCell>v{from}</TableCell>
                <TableCell>v{to}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(diff.data ?? []).map((change) => (
                <TableRow key={change.field}>
                  <TableCell>
                    {translate(`resources.prototypes.fields.${change.field}`, {
                      _: change.field,
                    })}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{show(change.from)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{show(change.to)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Stack>
  );
};
