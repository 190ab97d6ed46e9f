import {
  DataTable,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextInput,
  useResourceDefinition,
  TextField,
} from 'react-admin';
import { levelChoices } from '../choices';
import { RowLink } from '../common/RowLink';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="country" source="country" />,
  <SelectInput key="level" source="level" choices={levelChoices} />,
];

export const TerritoryList = () => {
  // A trainer's read-only view has no edit page, and no bulk delete either.
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={hasEdit ? undefined : false}>
        <DataTable.Col source="name">
          <RowLink>
            <TextField source="name" />
          </RowLink>
        </DataTable.Col>
        <DataTable.Col source="country" />
        <DataTable.Col source="level">
          <SelectField source="level" choices={levelChoices} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
