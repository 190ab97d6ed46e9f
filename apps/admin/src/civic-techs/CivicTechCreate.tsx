import { Create } from 'react-admin';
import { CivicTechForm } from './CivicTechForm';

export const CivicTechCreate = () => (
  <Create redirect="show">
    <CivicTechForm isNew />
  </Create>
);
