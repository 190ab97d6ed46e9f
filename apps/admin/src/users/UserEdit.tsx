import { Edit, TopToolbar, useRecordContext } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { httpClient } from '../providers/http';
import type { User } from '../types';
import { UserForm } from './UserForm';
import { userPayload } from './userPayload';

/** Mails a new invitation; the api refuses it for an account already opened. */
const ResendInvitation = () => {
  const user = useRecordContext<User>();
  if (!user) return null;
  return (
    <ActionButton
      label="apprenance.users.resend_invitation"
      action={() => httpClient(`/users/${user.id}/invitation`, { method: 'POST' })}
      successMessage="apprenance.users.invitation_sent"
    />
  );
};

// Pessimistic, so the server's field errors come back to the form instead of being undone.
export const UserEdit = () => (
  <Edit
    transform={userPayload}
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <ResendInvitation />
      </TopToolbar>
    }
  >
    <UserForm isNew={false} />
  </Edit>
);
