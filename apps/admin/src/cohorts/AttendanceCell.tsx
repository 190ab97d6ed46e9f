import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../types';

interface AttendanceCellProps {
  label: string;
  value: AttendanceStatus | undefined;
  /** Absent for a read-only cell (a participant's own attendance). */
  onChange?: (status: AttendanceStatus) => void;
}

export const AttendanceCell = ({ label, value, onChange }: AttendanceCellProps) => {
  const translate = useTranslate();
  const text = (status: AttendanceStatus) => translate(`apprenance.attendance_statuses.${status}`);
  if (!onChange) return <>{value ? text(value) : '—'}</>;
  return (
    <TextField
      select
      size="small"
      variant="standard"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value as AttendanceStatus)}
      slotProps={{ htmlInput: { 'aria-label': label } }}
      sx={{ minWidth: 110 }}
    >
      {ATTENDANCE_STATUSES.map((status) => (
        <MenuItem key={status} value={status}>
          {text(status)}
        </MenuItem>
      ))}
    </TextField>
  );
};
