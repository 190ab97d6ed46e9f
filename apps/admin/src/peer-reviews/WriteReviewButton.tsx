import RateReviewIcon from '@mui/icons-material/RateReview';
import { Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import {
  NumberInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetOne,
  useLocale,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { prototypeApi } from '../providers/prototypeApi';
import type { Cohort, PeerReview } from '../types';
import { usePrototypeQuery } from '../prototypes/usePrototypeQuery';

const text = { fullWidth: true, multiline: true, minRows: 2, validate: required() } as const;

/** A reviewing pair writes the review once: three texts and a 1–5 score per rubric criterion. */
export const WriteReviewButton = ({ review }: { review: PeerReview }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const { data: cohort } = useGetOne<Cohort>('cohorts', { id: review.cohortId });
  const criteria = usePrototypeQuery(
    ['criteria', cohort?.courseId],
    () => prototypeApi.criteria(cohort!.courseId),
    cohort !== undefined,
  );
  if (review.submittedAt) return null;
  return (
    <>
      <MuiButton size="small" startIcon={<RateReviewIcon />} onClick={() => setOpen(true)}>
        {translate('apprenance.reviews.write')}
      </MuiButton>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('apprenance.reviews.write_for', { pair: review.authorPairLabel })}
        resource="peer-reviews"
        submit={async (values) => {
          const scores = values.scores as Record<string, number>;
          await prototypeApi.writeReview(review.id, {
            strengths: values.strengths,
            questions: values.questions,
            suggestions: values.suggestions,
            scores: Object.entries(scores ?? {}).map(([criterionId, score]) => ({
              criterionId,
              score: Number(score),
            })),
          });
          return translate('apprenance.reviews.sent');
        }}
      >
        <TextInput source="strengths" {...text} />
        <TextInput source="questions" {...text} />
        <TextInput source="suggestions" {...text} />
        {(criteria.data ?? []).map((criterion) => (
          <NumberInput
            key={criterion.id}
            source={`scores.${criterion.id}`}
            label={locale === 'en' ? criterion.labelEn : criterion.labelFr}
            min={1}
            max={5}
            validate={[required(), minValue(1), maxValue(5)]}
          />
        ))}
      </FormDialog>
    </>
  );
};
