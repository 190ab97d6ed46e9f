import {
  BooleanField,
  DataTable,
  EmailField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
} from 'react-admin';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { RowLink } from '../common/RowLink';
import { localeChoices, roleChoices } from '../choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'displayName', order: 'ASC' }}>
    <DataTable rowClick="edit">
      <DataTable.Col source="displayName">
        <RowLink type="edit">
          <TextField source="displayName" />
        </RowLink>
      </DataTable.Col>
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="locale" disableSort>
        <SelectField source="locale" choices={localeChoices} />
      </DataTable.Col>
      <DataTable.Col source="isActive" field={BooleanField} />
      <DataTable.Col source="createdAt" field={LocalizedDateField} />
    </DataTable>
  </List>
);
