import {
  BooleanField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { AssessmentTab } from '../assessment/AssessmentTab';
import { CertificatesTab } from '../certificates/CertificatesTab';
import { LocalDateField } from '../common/LocalDateField';
import { useIsStaff } from '../common/useRole';
import { cohortStatusChoices, localeChoices } from '../choices';
import { AttendanceTab } from './AttendanceTab';
import { CohortActions } from './CohortActions';
import { OverviewTab } from './OverviewTab';
import { PairsTab } from './PairsTab';
import { SessionsTab } from './SessionsTab';

export const CohortShow = () => {
  const isStaff = useIsStaff();
  return (
    <Show actions={<CohortActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="apprenance.cohorts.tabs.summary">
          <TextField source="name" />
          <ReferenceField source="courseId" reference="courses" />
          <SelectField source="status" choices={cohortStatusChoices} />
          <SelectField source="language" choices={localeChoices} />
          <LocalDateField source="startsOn" />
          <LocalDateField source="endsOn" />
          <TextField source="timeZone" />
          <TextField source="venue" emptyText="—" />
          <BooleanField source="online" />
          <UrlField source="onlineUrl" emptyText="—" />
          <NumberField source="capacity" />
          <NumberField source="enrolledSeats" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="apprenance.cohorts.tabs.pairs" path="pairs">
          <PairsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="apprenance.cohorts.tabs.sessions" path="sessions">
          <SessionsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="apprenance.cohorts.tabs.attendance" path="attendance">
          <AttendanceTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="assessment.tab" path="assessment">
          <AssessmentTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="apprenance.certificates.tab" path="certificates">
          <CertificatesTab />
        </TabbedShowLayout.Tab>
        {isStaff && (
          <TabbedShowLayout.Tab label="screens.overview.tab" path="overview">
            <OverviewTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
