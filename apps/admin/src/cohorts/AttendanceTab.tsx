import SaveIcon from '@mui/icons-material/Save';
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
import { useEffect, useMemo, useState } from 'react';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { formatLocalDate } from '../common/localDate';
import { stickyColumn } from '../common/stickyColumn';
import { UnsavedChangesGuard } from '../common/UnsavedChangesGuard';
import { useIsStaff } from '../common/useRole';
import { cohortApi } from '../providers/cohortApi';
import { type AttendanceStatus, PHASES } from '../types';
import {
  type Cells,
  cellKey,
  cellsOf,
  changedSessionIds,
  enrolledMembers,
  entriesFor,
  type SessionDay,
  sessionDays,
} from './attendanceGrid';
import { AttendanceCell } from './AttendanceCell';
import { RateCells } from './RateChip';
import { useCohortTraining } from './useCohortTraining';

// The first column stays in view while the days scroll sideways inside the grid's box.
const sticky = stickyColumn;

/**
 * One row per participant, one column per session day, then the rate of each phase against the
 * course rule. Trainers and admins change any cells and save them all at once; leaving with
 * unsaved cells asks first. Participants see their own row only.
 */
export const AttendanceTab = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isStaff = useIsStaff();
  const { identity } = useGetIdentity();
  const { cohort, sessions, pairs, attendance, rates, minimum } = useCohortTraining();
  const saved = useMemo(() => cellsOf(attendance), [attendance]);
  const [cells, setCells] = useState<Cells>({});
  useEffect(() => setCells(saved), [saved]);
  const changed = changedSessionIds(saved, cells);

  const members = enrolledMembers(pairs).filter((m) => isStaff || m.id === identity?.id);
  const days = sessionDays(sessions);
  if (!cohort || days.length === 0) {
    return (
      <Typography color="text.secondary">
        {translate('apprenance.attendance.no_sessions')}
      </Typography>
    );
  }
  const set = (key: string) => (status: AttendanceStatus) => setCells({ ...cells, [key]: status });
  const saveAll = async () => {
    const ids = members.map((m) => m.id);
    for (const session of sessions.filter((s) => changed.includes(s.id))) {
      await cohortApi.recordAttendance(cohort.id, session.id, entriesFor(session, ids, cells));
    }
  };
  const dayLabel = ({ session, dayIndex, date }: SessionDay) =>
    translate('apprenance.attendance.day', {
      phase: translate(`apprenance.phases.${session.phase}`),
      date: formatLocalDate(date, locale),
      day: dayIndex,
    });

  return (
    <>
      {isStaff && members.length > 0 && (
        <Stack direction="row" sx={{ mb: 1, gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <ActionButton
            label="screens.attendance.save_all"
            icon={<SaveIcon />}
            action={saveAll}
            successMessage="apprenance.attendance.saved"
            variant="contained"
          />
          <Typography variant="body2" data-testid="attendance-unsaved" role="status">
            {changed.length > 0
              ? translate('screens.attendance.unsaved', { smart_count: changed.length })
              : translate('screens.attendance.all_saved')}
          </Typography>
        </Stack>
      )}
      <UnsavedChangesGuard when={changed.length > 0} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('screens.attendance.rule', { percent: minimum })}
      </Typography>
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }} data-testid="attendance-box">
        <Table size="small" data-testid="attendance-grid">
          <TableHead>
            <TableRow>
              <TableCell sx={sticky}>{translate('apprenance.attendance.participant')}</TableCell>
              {days.map((day) => (
                <TableCell key={`${day.sessionId}:${day.dayIndex}`}>{dayLabel(day)}</TableCell>
              ))}
              {PHASES.map((phase) => (
                <TableCell key={phase}>
                  {translate('screens.attendance.rate_of', {
                    phase: translate(`apprenance.phases.${phase}`),
                  })}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell component="th" scope="row" sx={sticky}>
                  {member.displayName}
                </TableCell>
                {days.map((day) => {
                  const key = cellKey(member.id, day.sessionId, day.dayIndex);
                  return (
                    <TableCell key={key}>
                      <AttendanceCell
                        label={`${member.displayName} — ${dayLabel(day)}`}
                        value={cells[key]}
                        onChange={isStaff ? set(key) : undefined}
                      />
                    </TableCell>
                  );
                })}
                <RateCells rates={rates} participantId={member.id} minimum={minimum} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
