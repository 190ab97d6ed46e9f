import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { AuditActionField, AuditChangesField, AuditEntityField } from './AuditFields';

/** One change: who, when, what on which record (with a link), and field by field. */
export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocalizedDateField source="occurredAt" showTime />
      <ReferenceField source="actorId" reference="users" emptyText="apprenance.audit.system" />
      <AuditActionField label="resources.audit-log.fields.action" />
      <AuditEntityField label="resources.audit-log.fields.entityId" />
      <AuditChangesField label="resources.audit-log.fields.changes" />
      <TextField source="requestId" />
    </SimpleShowLayout>
  </Show>
);
