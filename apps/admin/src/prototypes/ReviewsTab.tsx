import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { prototypeApi } from '../providers/prototypeApi';
import type { Prototype } from '../types';
import { usePrototypeQuery } from './usePrototypeQuery';

/** The peer reviews a prototype received; reviewers are named only where the cohort says so. */
export const ReviewsTab = () => {
  const prototype = useRecordContext<Prototype>();
  const translate = useTranslate();
  const locale = useLocale();
  const reviews = usePrototypeQuery(
    ['reviews', prototype?.id],
    () => prototypeApi.reviewsOf(prototype!.id),
    prototype !== undefined,
  );
  const written = (reviews.data ?? []).filter((r) => r.submittedAt);
  if (!written.length)
    return <Typography>{translate('apprenance.reviews.none_received')}</Typography>;
  return (
    <Stack spacing={2} data-testid="reviews-received">
      {written.map((review) => (
        <Card key={review.id} variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">
              {review.reviewerPairLabel ?? translate('apprenance.reviews.anonymous')} · v
              {review.versionNumber}
            </Typography>
            {(['strengths', 'questions', 'suggestions'] as const).map((field) => (
              <Typography key={field} variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                <strong>{translate(`resources.peer-reviews.fields.${field}`)}</strong> :{' '}
                {review[field]}
              </Typography>
            ))}
            {(review.scores ?? []).map((score) => (
              <Typography key={score.criterionId} variant="body2">
                {locale === 'en' ? score.labelEn : score.labelFr} : {score.score}/5
              </Typography>
            ))}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
