import { Box, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import { Markdown } from '../common/Markdown';
import type { Course, CoursePhase, Phase } from '../types';
import { PublicLayout } from './PublicLayout';
import { PublicOpenCohorts } from './PublicOpenCohorts';
import { useApiGet } from '../common/useApiGet';

interface PublicResource {
  id: string;
  kind: 'link' | 'file' | 'text';
  title: string;
  description: string;
  licence: string;
  url: string | null;
  body: string | null;
  fileUrl: string | null;
}

interface PublicModule {
  id: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  resources: PublicResource[];
}

type PublicCourseDetail = Omit<Course, 'phases'> & {
  phases: (CoursePhase & { phase: Phase; modules: PublicModule[] })[];
};

/** A resource of the commons: links and files open, a text reads in place. */
const PublicResourceItem = ({ resource }: { resource: PublicResource }) => {
  const href = resource.kind === 'link' ? resource.url : resource.fileUrl;
  if (href) {
    return (
      <ListItem>
        <ListItemText
          primary={<Link href={href}>{resource.title}</Link>}
          secondary={`${resource.description} · ${resource.licence}`}
        />
      </ListItem>
    );
  }
  return (
    <ListItem sx={{ display: 'block' }}>
      <Box component="details">
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {resource.title}
        </Box>
        <Markdown text={resource.body ?? ''} />
      </Box>
    </ListItem>
  );
};

/** A published course of the commons, with its phases, modules and material. */
export const PublicCourse = () => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const { slug = '' } = useParams<{ slug: string }>();
  const { data: course, error } = useApiGet<PublicCourseDetail>(
    `/public/courses/${encodeURIComponent(slug)}`,
  );
  return (
    <PublicLayout title={course ? bilingual(course, 'title') : ''} error={error}>
      {course && (
        <>
          <Typography sx={{ mb: 1 }}>{bilingual(course, 'summary')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(`apprenance.formats.${course.format}`)} ·{' '}
            {translate('screens.public.licence', { licence: course.licence })}
          </Typography>
          <Markdown text={bilingual(course, 'description')} testId="public-course-description" />
          <PublicOpenCohorts slug={slug} />
          {course.phases.map((phase) => (
            <Box component="section" key={phase.phase} sx={{ mt: 3 }}>
              <Typography component="h2" variant="h5">
                {translate(`apprenance.phases.${phase.phase}`)}
              </Typography>
              <Markdown text={bilingual({ ...phase, id: phase.phase }, 'objectives')} />
              {phase.modules.map((module) => (
                <Box key={module.id} sx={{ mt: 1 }}>
                  <Typography component="h3" variant="h6">
                    {bilingual(module, 'title')}
                  </Typography>
                  <Typography variant="body2">{bilingual(module, 'summary')}</Typography>
                  <List dense>
                    {module.resources.map((resource) => (
                      <PublicResourceItem key={resource.id} resource={resource} />
                    ))}
                  </List>
                </Box>
              ))}
            </Box>
          ))}
        </>
      )}
    </PublicLayout>
  );
};
