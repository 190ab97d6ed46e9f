import EditIcon from '@mui/icons-material/Edit';
import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  Button,
  maxLength,
  required,
  SimpleFormIterator,
  TextInput,
  useGetIdentity,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useRole } from '../common/useRole';
import { canEditCourse } from '../courses/courseAccess';
import { type Course, type Phase, PHASES } from '../types';
import { assessmentApi } from './assessmentApi';
import type { AssessmentCriterion } from './types';
import { useAssessmentCriteria } from './useAssessmentCriteria';

const labelValidators = [required(), maxLength(200)];
// Inputs inside an iterator are named `criteria.N.labelFr`: their labels are given.
const FIELDS = 'resources.assessment-criteria.fields';

/** Replaces one phase's criteria: an ordered list of French and English labels. */
const EditPhaseCriteria = (props: {
  courseId: string;
  phase: Phase;
  criteria: AssessmentCriterion[];
}) => {
  const { courseId, phase, criteria } = props;
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    const rows = (values.criteria ?? []) as { labelFr: string; labelEn: string }[];
    await assessmentApi.replaceCriteria(
      courseId,
      phase,
      rows.map(({ labelFr, labelEn }) => ({ labelFr, labelEn })),
    );
    return 'assessment.rubric.saved';
  };
  const phaseName = translate(`apprenance.phases.${phase}`);
  return (
    <>
      <Button
        label="assessment.rubric.edit"
        onClick={() => setOpen(true)}
        aria-label={`${translate('assessment.rubric.edit')} — ${phaseName}`}
      >
        <EditIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('assessment.rubric.edit_title', { phase: phaseName })}
        resource="assessment-criteria"
        record={{ criteria: criteria.map(({ labelFr, labelEn }) => ({ labelFr, labelEn })) }}
        submit={submit}
      >
        <ArrayInput source="criteria">
          <SimpleFormIterator fullWidth>
            <TextInput source="labelFr" label={`${FIELDS}.labelFr`} validate={labelValidators} />
            <TextInput source="labelEn" label={`${FIELDS}.labelEn`} validate={labelValidators} />
          </SimpleFormIterator>
        </ArrayInput>
      </FormDialog>
    </>
  );
};

/**
 * The course's assessment rubric, phase by phase: what "acquired" means, in the reader's
 * language with the other beside it. Admins and the course's trainers edit each phase.
 */
export const AssessmentRubric = () => {
  const course = useRecordContext<Course>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const role = useRole();
  const { identity } = useGetIdentity();
  const criteria = useAssessmentCriteria(course?.id);
  if (!course) return null;
  const canEdit = canEditCourse(role, identity?.id, course);
  const [main, other] = locale === 'en' ? ['labelEn', 'labelFr'] : ['labelFr', 'labelEn'];
  return (
    <Box data-testid="assessment-rubric">
      <Typography variant="body2" color="text.secondary">
        {translate('assessment.rubric.help')}
      </Typography>
      {PHASES.map((phase) => {
        const ofPhase = criteria.filter((c) => c.phase === phase);
        return (
          <Box key={phase} sx={{ mt: 2 }} data-testid={`rubric-${phase}`}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="h6" component="h3">
                {translate(`apprenance.phases.${phase}`)}
              </Typography>
              {canEdit && (
                <EditPhaseCriteria courseId={course.id} phase={phase} criteria={ofPhase} />
              )}
            </Stack>
            {ofPhase.length === 0 ? (
              <Typography color="text.secondary">{translate('assessment.rubric.empty')}</Typography>
            ) : (
              <List dense component="ol">
                {ofPhase.map((c) => (
                  <ListItem key={c.id}>
                    <ListItemText
                      primary={`${c.position}. ${c[main as 'labelFr']}`}
                      secondary={c[other as 'labelEn']}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Box>
        );
      })}
    </Box>
  );
};
