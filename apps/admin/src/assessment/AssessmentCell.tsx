import EditIcon from '@mui/icons-material/Edit';
import { IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  maxLength,
  RadioButtonGroupInput,
  required,
  TextInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { RateChip } from '../cohorts/RateChip';
import { FormDialog } from '../common/FormDialog';
import type { ParticipantRates, Phase } from '../types';
import { assessmentApi } from './assessmentApi';
import { ASSESSMENT_STATUSES, type Assessment, type AssessmentCriterion } from './types';

interface AssessmentCellProps {
  cohortId: string;
  participant: { id: string; displayName: string };
  phase: Phase;
  assessment: Assessment | undefined;
  /** The phase's rubric, shown while assessing. */
  criteria: AssessmentCriterion[];
  rates: ParticipantRates[];
  minimum: number;
  editable: boolean;
}

/**
 * One participant's phase: the trainer's status and comment, the phase's attendance beside
 * them, and for staff a button that opens the assessment form.
 */
export const AssessmentCell = (props: AssessmentCellProps) => {
  const { cohortId, participant, phase, assessment, criteria, editable } = props;
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const label = translate('assessment.edit', {
    name: participant.displayName,
    phase: translate(`apprenance.phases.${phase}`),
  });
  const statusChoices = ASSESSMENT_STATUSES.map((id) => ({
    id,
    name: `assessment.statuses.${id}`,
  }));
  const submit = async (values: Record<string, unknown>) => {
    await assessmentApi.record(cohortId, {
      participantId: participant.id,
      phase,
      status: values.status as Assessment['status'],
      comment: String(values.comment ?? ''),
    });
    return 'assessment.saved';
  };
  return (
    <Stack sx={{ gap: 0.5, minWidth: 170 }} data-testid={`assessment-${participant.id}-${phase}`}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Typography
          variant="body2"
          sx={{ fontWeight: 600 }}
          color={assessment?.status === 'acquired' ? 'success.main' : 'text.primary'}
        >
          {translate(`assessment.statuses.${assessment?.status ?? 'none'}`)}
        </Typography>
        {editable && (
          <IconButton size="small" aria-label={label} title={label} onClick={() => setOpen(true)}>
            <EditIcon fontSize="small" />
          </IconButton>
        )}
      </Stack>
      {assessment?.comment && (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {assessment.comment}
        </Typography>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('assessment.attendance')}
        </Typography>
        <RateChip
          rates={props.rates}
          participantId={participant.id}
          phase={phase}
          minimum={props.minimum}
        />
      </Stack>
      {editable && (
        <FormDialog
          open={open}
          onClose={() => setOpen(false)}
          title={label}
          resource="assessments"
          record={{ status: assessment?.status, comment: assessment?.comment ?? '' }}
          submit={submit}
        >
          <RubricList criteria={criteria} />
          <RadioButtonGroupInput source="status" choices={statusChoices} validate={required()} />
          <TextInput source="comment" multiline minRows={2} validate={maxLength(2000)} />
        </FormDialog>
      )}
    </Stack>
  );
};

/** The criteria of the phase, in the reader's language, as a reminder while assessing. */
export const RubricList = ({ criteria }: { criteria: AssessmentCriterion[] }) => {
  const [locale] = useLocaleState();
  if (!criteria.length) return null;
  return (
    <ol data-testid="rubric-list">
      {criteria.map((c) => (
        <li key={c.id}>
          <Typography variant="body2">{locale === 'en' ? c.labelEn : c.labelFr}</Typography>
        </li>
      ))}
    </ol>
  );
};
