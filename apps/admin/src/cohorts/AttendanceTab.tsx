import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { formatLocalDate } from '../common/localDate';
import { useIsStaff } from '../common/useRole';
import { cohortApi } from '../providers/cohortApi';
import type { Attendance, AttendanceStatus, Pair, PairMember, Session } from '../types';
import {
  type Cells,
  cellKey,
  cellsOf,
  enrolledMembers,
  entriesFor,
  sessionDays,
} from './attendanceGrid';
import { AttendanceCell } from './AttendanceCell';
import { useCohortItems } from './useCohortItems';

/**
 * One row per participant, one column per session day. Trainers and admins set the cells and
 * save a session at a time (the bulk endpoint); participants see their own row only.
 */
export const AttendanceTab = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isStaff = useIsStaff();
  const { identity } = useGetIdentity();
  const { cohort, data: sessions } = useCohortItems<Session>('cohort-sessions');
  const { data: pairs } = useCohortItems<Pair>('cohort-pairs');
  const { data: attendance } = useCohortItems<Attendance>('cohort-attendance');
  const [cells, setCells] = useState<Cells>({});
  useEffect(() => setCells(cellsOf(attendance)), [attendance]);

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
  const save = (session: Session) =>
    cohortApi.recordAttendance(
      cohort.id,
      session.id,
      entriesFor(
        session,
        members.map((m) => m.id),
        cells,
      ),
    );
  const dayLabel = (session: Session, dayIndex: number) =>
    translate('apprenance.attendance.day', {
      phase: translate(`apprenance.phases.${session.phase}`),
      date: formatLocalDate(session.date, locale),
      day: dayIndex,
    });
  const cellLabel = (member: PairMember, session: Session, dayIndex: number) =>
    `${member.displayName} — ${dayLabel(session, dayIndex)}`;

  return (
    <Table size="small" data-testid="attendance-grid">
      <TableHead>
        <TableRow>
          <TableCell>{translate('apprenance.attendance.participant')}</TableCell>
          {days.map(({ session, dayIndex }) => (
            <TableCell key={`${session.id}:${dayIndex}`}>{dayLabel(session, dayIndex)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {members.map((member) => (
          <TableRow key={member.id}>
            <TableCell>{member.displayName}</TableCell>
            {days.map(({ session, dayIndex }) => {
              const key = cellKey(member.id, session.id, dayIndex);
              return (
                <TableCell key={key}>
                  <AttendanceCell
                    label={cellLabel(member, session, dayIndex)}
                    value={cells[key]}
                    onChange={isStaff ? set(key) : undefined}
                  />
                </TableCell>
              );
            })}
          </TableRow>
        ))}
        {isStaff && members.length > 0 && (
          <TableRow>
            <TableCell />
            {days.map(({ session, dayIndex }) => (
              <TableCell key={`${session.id}:${dayIndex}`}>
                {dayIndex === 1 && (
                  <ActionButton
                    label="apprenance.attendance.save"
                    action={() => save(session)}
                    successMessage="apprenance.attendance.saved"
                    variant="outlined"
                  />
                )}
              </TableCell>
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
};
