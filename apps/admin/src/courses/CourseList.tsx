import {
  DataTable,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useResourceDefinition,
} from 'react-admin';
import { BilingualField } from '../common/BilingualField';
import { RowLink } from '../common/RowLink';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { courseStatusChoices, formatChoices } from '../choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={courseStatusChoices} alwaysOn />,
  <SelectInput key="format" source="format" choices={formatChoices} />,
];

export const CourseList = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <List filters={filters} sort={{ field: 'titleFr', order: 'ASC' }} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={hasCreate ? undefined : false}>
        <DataTable.Col source="titleFr" label="resources.courses.fields.title">
          <RowLink>
            <BilingualField source="title" />
          </RowLink>
        </DataTable.Col>
        <DataTable.Col source="format">
          <SelectField source="format" choices={formatChoices} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={courseStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="licence" disableSort>
          <TextField source="licence" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" field={LocalizedDateField} />
      </DataTable>
    </List>
  );
};
