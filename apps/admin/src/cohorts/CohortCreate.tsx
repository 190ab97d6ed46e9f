import { Create } from 'react-admin';
import { CohortForm } from './CohortForm';

export const CohortCreate = () => (
  <Create redirect="show">
    <CohortForm isNew />
  </Create>
);
