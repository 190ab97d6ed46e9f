import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  TextField,
  UrlField,
  useResourceDefinition,
} from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { RowLink } from '../common/RowLink';
import { categoryChoices } from '../choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
];

export const CivicTechList = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={hasEdit ? undefined : false}>
        <DataTable.Col source="name">
          <RowLink>
            <TextField source="name" />
          </RowLink>
        </DataTable.Col>
        <DataTable.Col source="licence">
          <TextField source="licence" />
        </DataTable.Col>
        <DataTable.Col source="categories" disableSort>
          <EnumChipsField source="categories" group="categories" />
        </DataTable.Col>
        <DataTable.Col source="languages" disableSort>
          <EnumChipsField source="languages" />
        </DataTable.Col>
        <DataTable.Col source="repositoryUrl" disableSort>
          <UrlField source="repositoryUrl" target="_blank" rel="noopener noreferrer" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
