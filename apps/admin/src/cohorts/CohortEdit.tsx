import { Edit } from 'react-admin';
import { CohortForm } from './CohortForm';

// Pessimistic, so the server's field errors come back to the form instead of being undone.
export const CohortEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CohortForm />
  </Edit>
);
