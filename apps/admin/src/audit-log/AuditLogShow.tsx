import { FunctionField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalizedDateField } from '../common/LocalizedDateField';
import type { AuditLogEntry } from '../types';

const renderChanges = (entry: AuditLogEntry) => (
  <pre style={{ margin: 0 }}>{JSON.stringify(entry.changes, null, 2)}</pre>
);

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <LocalizedDateField source="occurredAt" showTime />
      <ReferenceField source="actorId" reference="users" emptyText="apprenance.audit.system" />
      <TextField source="action" />
      <TextField source="entityType" />
      <TextField source="entityId" />
      <TextField source="requestId" />
      <FunctionField source="changes" render={renderChanges} />
    </SimpleShowLayout>
  </Show>
);
