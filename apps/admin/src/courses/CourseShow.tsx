import {
  BooleanField,
  EditButton,
  NumberField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { AssessmentRubric } from '../assessment/AssessmentRubric';
import { MarkdownField } from '../common/Markdown';
import { useRole } from '../common/useRole';
import { courseStatusChoices, formatChoices } from '../choices';
import type { Course } from '../types';
import { canEditCourse } from './courseAccess';
import { CourseModules } from './CourseModules';
import { CoursePhases } from './CoursePhases';

const CourseShowActions = () => {
  const role = useRole();
  const { identity } = useGetIdentity();
  const course = useRecordContext<Course>();
  return <TopToolbar>{canEditCourse(role, identity?.id, course) && <EditButton />}</TopToolbar>;
};

const multiline = { whiteSpace: 'pre-wrap' } as const;

export const CourseShow = () => (
  <Show actions={<CourseShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="apprenance.courses.tabs.summary">
        <TextField source="titleFr" />
        <TextField source="titleEn" />
        <TextField source="summaryFr" sx={multiline} />
        <TextField source="summaryEn" sx={multiline} />
        <SelectField source="format" choices={formatChoices} />
        <SelectField source="status" choices={courseStatusChoices} />
        <TextField source="licence" />
        <NumberField source="minAttendancePercent" />
        <BooleanField source="requireAcceptedPrototype" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.courses.tabs.phases" path="phases">
        <CoursePhases />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.courses.tabs.modules" path="modules">
        <CourseModules />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="assessment.rubric.tab" path="assessment">
        <AssessmentRubric />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="apprenance.courses.tabs.description" path="description">
        <MarkdownField source="descriptionFr" />
        <MarkdownField source="descriptionEn" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
