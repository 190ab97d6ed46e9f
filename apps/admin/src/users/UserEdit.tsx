import { Edit } from 'react-admin';
import { UserForm } from './UserForm';
import { userPayload } from './userPayload';

// Pessimistic, so the server's field errors come back to the form instead of being undone.
export const UserEdit = () => (
  <Edit transform={userPayload} mutationMode="pessimistic">
    <UserForm isNew={false} />
  </Edit>
);
