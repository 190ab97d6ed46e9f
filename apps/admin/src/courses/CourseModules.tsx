import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { type Course, type CourseModule, type CourseResource, PHASES } from '../types';
import { ResourceLink } from './ResourceLink';

const ALL = { page: 1, perPage: 200 };
// Explicit: react-admin would otherwise sort on `id`, which the api refuses.
const BY_POSITION = { field: 'position', order: 'ASC' } as const;

/** The course's modules, phase by phase, each with its resources. */
export const CourseModules = () => {
  const course = useRecordContext<Course>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = { courseId: course?.id };
  const options = { enabled: !!course };
  const { data: modules = [] } = useGetList<CourseModule>(
    'course-modules',
    { filter, pagination: ALL, sort: BY_POSITION },
    options,
  );
  const { data: resources = [] } = useGetList<CourseResource>(
    'course-resources',
    { filter, pagination: ALL, sort: BY_POSITION },
    options,
  );
  const title = (module: CourseModule) => (locale === 'en' ? module.titleEn : module.titleFr);
  const summary = (module: CourseModule) => (locale === 'en' ? module.summaryEn : module.summaryFr);

  if (modules.length === 0) {
    return (
      <Typography color="text.secondary">{translate('apprenance.courses.no_modules')}</Typography>
    );
  }
  return (
    <Box data-testid="course-modules">
      {PHASES.map((phase) => (
        <Box key={phase} sx={{ mb: 2 }}>
          <Typography variant="h6" component="h3">
            {translate(`apprenance.phases.${phase}`)}
          </Typography>
          <List dense>
            {modules
              .filter((module) => module.phase === phase)
              .map((module) => (
                <ListItem key={module.id} alignItems="flex-start" sx={{ display: 'block' }}>
                  <ListItemText
                    primary={`${module.position}. ${title(module)}`}
                    secondary={summary(module)}
                  />
                  <List dense disablePadding sx={{ pl: 3 }}>
                    {resources
                      .filter((resource) => resource.moduleId === module.id)
                      .map((resource) => (
                        <ListItem key={resource.id} disableGutters>
                          <ListItemText
                            primary={<ResourceLink resource={resource} />}
                            secondary={`${translate(`apprenance.resource_kinds.${resource.kind}`)} · ${resource.language} · ${resource.licence}`}
                          />
                        </ListItem>
                      ))}
                  </List>
                </ListItem>
              ))}
          </List>
        </Box>
      ))}
    </Box>
  );
};
