import { Box } from '@mui/material';
import {
  DataTable,
  List,
  NumberField,
  ReferenceField,
  SelectField,
  useListContext,
} from 'react-admin';
import { cohortFilter } from '../common/cohortFilter';
import { wouldUseChoices } from '../choices';
import { TestLogAggregate } from './TestLogAggregate';

const filters = [cohortFilter];

const Logs = () => {
  const { filterValues } = useListContext();
  return (
    <>
      {filterValues.cohortId && (
        <Box sx={{ p: 2 }}>
          <TestLogAggregate cohortId={filterValues.cohortId} />
        </Box>
      )}
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="civicTechId">
          <ReferenceField source="civicTechId" reference="civic-techs" link={false} />
        </DataTable.Col>
        <DataTable.Col source="useCase" />
        <DataTable.Col source="fit">
          <NumberField source="fit" />
        </DataTable.Col>
        <DataTable.Col source="wouldUse">
          <SelectField source="wouldUse" choices={wouldUseChoices} />
        </DataTable.Col>
      </DataTable>
    </>
  );
};

/** A pair's tests of catalogue tools; for a chosen cohort, what they add up to per tool. */
export const TestLogList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
    <Logs />
  </List>
);
