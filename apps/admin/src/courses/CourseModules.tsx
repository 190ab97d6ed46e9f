import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import {
  useGetIdentity,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useRole } from '../common/useRole';
import { type Course, type CourseModule, type CourseResource, PHASES } from '../types';
import { canEditCourse } from './courseAccess';
import { AddModuleButton, ModuleActions } from './ModuleButtons';
import { AddResourceButton, ResourceActions, UploadResourceButton } from './ResourceButtons';
import { ResourceLink } from './ResourceLink';

const ALL = { page: 1, perPage: 200 };
// Explicit: react-admin would otherwise sort on `id`, which the api refuses.
const BY_POSITION = { field: 'position', order: 'ASC' } as const;

/**
 * The course's modules, phase by phase, each with its resources. Admins and the course's
 * trainers add, edit, reorder and delete them here.
 */
export const CourseModules = () => {
  const course = useRecordContext<Course>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const role = useRole();
  const { identity } = useGetIdentity();
  const canEdit = canEditCourse(role, identity?.id, course);
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

  if (!course) return null;
  if (modules.length === 0 && !canEdit) {
    return (
      <Typography color="text.secondary">{translate('apprenance.courses.no_modules')}</Typography>
    );
  }
  return (
    <Box data-testid="course-modules">
      {PHASES.map((phase) => (
        <Box key={phase} sx={{ mb: 2 }} data-testid={`phase-${phase}`}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
            <Typography variant="h6" component="h3">
              {translate(`apprenance.phases.${phase}`)}
            </Typography>
            {canEdit && <AddModuleButton courseId={course.id} phase={phase} />}
          </Stack>
          <List dense>
            {modules
              .filter((module) => module.phase === phase)
              .map((module) => {
                const own = resources.filter((resource) => resource.moduleId === module.id);
                return (
                  <ListItem
                    key={module.id}
                    alignItems="flex-start"
                    sx={{ display: 'block' }}
                    data-testid="course-module"
                  >
                    <ListItemText
                      primary={`${module.position}. ${title(module)}`}
                      secondary={summary(module)}
                    />
                    {canEdit && (
                      <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
                        <ModuleActions module={module} />
                        <AddResourceButton module={module} />
                        <UploadResourceButton module={module} />
                      </Stack>
                    )}
                    <List dense disablePadding sx={{ pl: 3 }}>
                      {own.map((resource, index) => (
                        <ListItem key={resource.id} disableGutters data-testid="course-resource">
                          <ListItemText
                            primary={<ResourceLink resource={resource} />}
                            secondary={`${translate(`apprenance.resource_kinds.${resource.kind}`)} · ${resource.language} · ${resource.licence}`}
                          />
                          {canEdit && (
                            <ResourceActions
                              resource={resource}
                              first={index === 0}
                              last={index === own.length - 1}
                            />
                          )}
                        </ListItem>
                      ))}
                    </List>
                  </ListItem>
                );
              })}
          </List>
        </Box>
      ))}
    </Box>
  );
};
