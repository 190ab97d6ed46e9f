import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import type { Course } from '../types';
import { publicCoursePath } from './paths';
import { PublicLayout } from './PublicLayout';
import { useApiGet } from '../common/useApiGet';

/** The commons: every published course, open to read without an account. */
export const PublicCommons = () => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { data: courses, error } = useApiGet<Course[]>('/public/courses?_start=0&_end=100');
  return (
    <PublicLayout title={translate('screens.public.commons')} error={error}>
      <Typography sx={{ mb: 2 }}>{translate('screens.public.commons_intro')}</Typography>
      <Typography component="h2" variant="h5" gutterBottom>
        {translate('screens.public.courses')}
      </Typography>
      <Stack sx={{ gap: 2 }} data-testid="public-courses">
        {courses?.map((course) => (
          <Card key={course.id} variant="outlined">
            <CardActionArea href={`#${publicCoursePath(course.slug)}`}>
              <CardContent>
                <Typography component="h3" variant="h6">
                  {bilingual(course, 'title')}
                </Typography>
                <Typography variant="body2">{bilingual(course, 'summary')}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {translate(`apprenance.formats.${course.format}`)} · {course.licence}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
        {courses?.length === 0 && <Typography>{translate('screens.public.no_course')}</Typography>}
      </Stack>
    </PublicLayout>
  );
};
