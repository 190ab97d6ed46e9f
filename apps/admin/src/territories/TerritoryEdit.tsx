import { Edit } from 'react-admin';
import { TerritoryForm } from './TerritoryForm';

// Pessimistic, so the server's field errors come back to the form instead of being undone.
export const TerritoryEdit = () => (
  <Edit mutationMode="pessimistic">
    <TerritoryForm />
  </Edit>
);
