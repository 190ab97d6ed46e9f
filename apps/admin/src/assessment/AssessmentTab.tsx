import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { enrolledMembers } from '../cohorts/attendanceGrid';
import { useCohortItems } from '../cohorts/useCohortItems';
import { useCohortTraining } from '../cohorts/useCohortTraining';
import { stickyColumn } from '../common/stickyColumn';
import { useIsStaff } from '../common/useRole';
import { PHASES } from '../types';
import { AssessmentCell } from './AssessmentCell';
import { EligibilityCell } from './EligibilityCell';
import type { Assessment, ParticipantEligibility } from './types';
import { useAssessmentCriteria } from './useAssessmentCriteria';

/**
 * The cohort's assessment grid: one row per enrolled participant, one column per phase (the
 * trainer's status and comment, the phase's attendance beside them), then certificate
 * eligibility with its reasons. Staff assess any cell; a participant sees their own row.
 */
export const AssessmentTab = () => {
  const translate = useTranslate();
  const isStaff = useIsStaff();
  const { identity } = useGetIdentity();
  const { cohort, pairs, rates, course, minimum } = useCohortTraining();
  const { data: assessments } = useCohortItems<Assessment>('cohort-assessments');
  const { data: eligibility } = useCohortItems<ParticipantEligibility>('cohort-eligibility');
  const criteria = useAssessmentCriteria(course?.id);
  const members = enrolledMembers(pairs).filter((m) => isStaff || m.id === identity?.id);
  if (!cohort) return null;
  if (members.length === 0) {
    return (
      <Typography color="text.secondary">{translate('assessment.no_participants')}</Typography>
    );
  }
  const rule = course?.requireAcceptedPrototype
    ? 'assessment.rule_with_prototype'
    : 'assessment.rule';
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(rule, { percent: minimum })}
      </Typography>
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }} data-testid="assessment-box">
        <Table size="small" data-testid="assessment-grid">
          <TableHead>
            <TableRow>
              <TableCell sx={stickyColumn}>{translate('assessment.participant')}</TableCell>
              {PHASES.map((phase) => (
                <TableCell key={phase}>{translate(`apprenance.phases.${phase}`)}</TableCell>
              ))}
              <TableCell>{translate('assessment.eligibility')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id} sx={{ verticalAlign: 'top' }}>
                <TableCell component="th" scope="row" sx={stickyColumn}>
                  {member.displayName}
                </TableCell>
                {PHASES.map((phase) => (
                  <TableCell key={phase}>
                    <AssessmentCell
                      cohortId={cohort.id}
                      participant={member}
                      phase={phase}
                      assessment={assessments.find(
                        (a) => a.participantId === member.id && a.phase === phase,
                      )}
                      criteria={criteria.filter((c) => c.phase === phase)}
                      rates={rates}
                      minimum={minimum}
                      editable={isStaff}
                    />
                  </TableCell>
                ))}
                <TableCell>
                  <EligibilityCell row={eligibility.find((e) => e.participantId === member.id)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
