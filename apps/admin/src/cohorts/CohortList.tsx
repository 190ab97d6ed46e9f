import {
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { RowLink } from '../common/RowLink';
import { cohortStatusChoices, localeChoices } from '../choices';
import type { Cohort } from '../types';
import { CourseInput } from './CourseInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={cohortStatusChoices} alwaysOn />,
  <CourseInput key="courseId" source="courseId" />,
];

const seats = (cohort: Cohort) => `${cohort.enrolledSeats} / ${cohort.capacity}`;

// No bulk actions: cohorts are cancelled, not deleted.
export const CohortList = () => (
  <List filters={filters} sort={{ field: 'startsOn', order: 'DESC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name">
        <RowLink>
          <TextField source="name" />
        </RowLink>
      </DataTable.Col>
      <DataTable.Col source="courseId" disableSort>
        <ReferenceField source="courseId" reference="courses" link={false} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={cohortStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="language" disableSort>
        <SelectField source="language" choices={localeChoices} />
      </DataTable.Col>
      <DataTable.Col source="startsOn" field={LocalDateField} />
      <DataTable.Col source="endsOn" field={LocalDateField} disableSort />
      <DataTable.Col source="enrolledSeats" render={seats} disableSort />
    </DataTable>
  </List>
);
