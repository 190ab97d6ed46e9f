import { Create } from 'react-admin';
import { UserForm } from './UserForm';
import { userPayload } from './userPayload';

export const UserCreate = () => (
  <Create transform={userPayload}>
    <UserForm isNew />
  </Create>
);
