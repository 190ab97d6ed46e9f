import { Stack, Typography } from '@mui/material';
import { useParams } from 'react-router';
import { type RaRecord, useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import { useApiGet } from '../common/useApiGet';
import { PublicLayout } from '../public/PublicLayout';
import { publicCsvUrl } from './impactApi';
import { ImpactCharts } from './ImpactCharts';
import type { Dashboard, PublicImpactCourse } from './types';

/** A course's anonymised impact, when an admin published it: no names, no group under 3 pairs. */
export const PublicImpact = () => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { courseId = '' } = useParams();
  const { data: dashboard, error } = useApiGet<Dashboard>(
    `/public/impact/${encodeURIComponent(courseId)}`,
  );
  const { data: courses } = useApiGet<PublicImpactCourse[]>('/public/impact');
  const course = courses?.find((c) => c.courseId === courseId);
  const title = translate('impact.dashboard.public_heading', {
    course: course ? bilingual({ id: courseId, ...course } as RaRecord, 'title') : '',
  });
  return (
    <PublicLayout title={title} error={error}>
      <Stack sx={{ gap: 2 }}>
        <Typography>{translate('impact.dashboard.intro')}</Typography>
        {dashboard && (
          <ImpactCharts
            dashboard={dashboard}
            onDownload={(chart) => window.open(publicCsvUrl(courseId, chart), '_blank')}
          />
        )}
      </Stack>
    </PublicLayout>
  );
};
