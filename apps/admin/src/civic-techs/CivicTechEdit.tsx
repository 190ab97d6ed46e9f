import { Edit } from 'react-admin';
import { CivicTechForm } from './CivicTechForm';

// Pessimistic, so the server's field errors come back to the form instead of being undone.
export const CivicTechEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CivicTechForm />
  </Edit>
);
