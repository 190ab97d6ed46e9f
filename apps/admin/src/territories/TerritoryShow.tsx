import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { levelChoices } from '../choices';
import { LocalizedDateField } from '../common/LocalizedDateField';

export const TerritoryShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="country" />
      <SelectField source="level" choices={levelChoices} />
      <LocalizedDateField source="createdAt" />
      <LocalizedDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
