import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { httpClient } from '../providers/http';
import type { Message, MessageStatus } from '../types';

const STATUSES: MessageStatus[] = ['pending', 'sent', 'failed', 'skipped'];
const statusChoices = STATUSES.map((id) => ({ id, name: `apprenance.messages.statuses.${id}` }));
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

const RetryButton = ({ message }: { message: Message }) =>
  message.status === 'failed' ? (
    <ActionButton
      label="apprenance.messages.retry"
      action={() => httpClient(`/messages/${message.id}/retry`, { method: 'POST' })}
      successMessage="apprenance.messages.retried"
    />
  ) : null;

const StatusField = (_props: { source: string }) => {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  return (
    <span>{message ? translate(`apprenance.messages.statuses.${message.status}`) : null}</span>
  );
};

export const MessageList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <TextField source="id" />
      <ReferenceField source="recipientId" reference="users" link="edit" />
      <TextField source="template" />
      <StatusField source="status" />
      <NumberField source="attempts" />
      <TextField source="lastError" emptyText="—" />
      <LocalizedDateField source="createdAt" showTime />
      <LocalizedDateField source="sentAt" showTime emptyText="—" />
      <FunctionField<Message> render={(m) => <RetryButton message={m} />} />
    </Datagrid>
  </List>
);
