import {
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Title,
  useGetList,
  useNotify,
  usePermissions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { errorMessage } from '../common/ActionButton';
import { useBilingual } from '../common/BilingualField';
import { useApiGet } from '../common/useApiGet';
import type { Role } from '../types';
import { impactApi } from './impactApi';
import { ImpactCharts } from './ImpactCharts';
import type { Dashboard, PublicImpactCourse } from './types';

/** An admin's switches of each course's public, anonymised dashboard. */
const Publications = ({ courses }: { courses: RaRecord[] }) => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const notify = useNotify();
  const [round, setRound] = useState(0);
  const { data: published } = useApiGet<PublicImpactCourse[]>('/public/impact', round);
  const isPublic = (id: string) => published?.some((c) => c.courseId === id) ?? false;
  const toggle = async (id: string, on: boolean) => {
    try {
      await impactApi.publish(id, on);
      setRound((n) => n + 1);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  return (
    <Paper component="section" sx={{ p: 2 }} data-testid="impact-publications">
      <Typography variant="h6" component="h2">
        {translate('impact.dashboard.public_title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate('impact.dashboard.public_hint')}
      </Typography>
      {courses.map((course) => (
        <Stack key={course.id} direction="row" sx={{ alignItems: 'center', gap: 2 }}>
          <FormControlLabel
            control={
              <Switch
                checked={isPublic(String(course.id))}
                onChange={(event) => toggle(String(course.id), event.target.checked)}
              />
            }
            label={bilingual(course, 'title')}
          />
          {isPublic(String(course.id)) && (
            <a href={`#/public/impact/${course.id}`}>{translate('impact.dashboard.public_link')}</a>
          )}
        </Stack>
      ))}
    </Paper>
  );
};

/** The impact dashboard of the cohorts the caller sees (admins: all; trainers: theirs). */
export const ImpactDashboardPage = () => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { permissions: role } = usePermissions<Role>();
  const [courseId, setCourseId] = useState('');
  const { data: courses = [] } = useGetList('courses', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'titleFr', order: 'ASC' },
  });
  const { data: dashboard } = useApiGet<Dashboard>(
    `/impact/dashboard${courseId ? `?courseId=${encodeURIComponent(courseId)}` : ''}`,
  );
  return (
    <Stack sx={{ gap: 2, mt: 2 }}>
      <Title title="impact.dashboard.title" />
      <Typography variant="h5" component="h1">
        {translate('impact.dashboard.title')}
      </Typography>
      <Typography>{translate('impact.dashboard.intro')}</Typography>
      <TextField
        select
        label={translate('impact.dashboard.course')}
        value={courseId}
        onChange={(event) => setCourseId(event.target.value)}
        sx={{ maxWidth: 420 }}
        size="small"
      >
        <MenuItem value="">{translate('impact.dashboard.all_courses')}</MenuItem>
        {courses.map((course) => (
          <MenuItem key={course.id} value={String(course.id)}>
            {bilingual(course, 'title')}
          </MenuItem>
        ))}
      </TextField>
      {dashboard && (
        <ImpactCharts
          dashboard={dashboard}
          onDownload={(chart) => void impactApi.downloadStaffCsv(chart, courseId)}
        />
      )}
      {role === 'admin' && <Publications courses={courses} />}
    </Stack>
  );
};
