import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Course } from '../types';

/** The course's three phases, in order, with their objectives and budgets. */
export const CoursePhases = () => {
  const course = useRecordContext<Course>();
  const translate = useTranslate();
  if (!course) return null;
  return (
    <Stack sx={{ gap: 2 }} data-testid="course-phases">
      {course.phases.map((phase, index) => (
        <Card key={phase.phase} variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h3">
              {index + 1}. {translate(`apprenance.phases.${phase.phase}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('apprenance.courses.budget', {
                hours: phase.hoursBudget,
                days: phase.daysBudget,
              })}
            </Typography>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('apprenance.courses.objectives_fr')}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{phase.objectivesFr || '—'}</Typography>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('apprenance.courses.objectives_en')}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{phase.objectivesEn || '—'}</Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
