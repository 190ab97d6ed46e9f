import { DataTable, List, ReferenceField, ReferenceInput, TextInput } from 'react-admin';
import { LocalizedDateField } from '../common/LocalizedDateField';
import { RowLink } from '../common/RowLink';
import { AuditActionField, AuditEntityField } from './AuditFields';

// The API sorts on named fields only, not on react-admin's default `id`.
const byDisplayName = { field: 'displayName', order: 'ASC' } as const;

const filters = [
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <ReferenceInput key="actorId" source="actorId" reference="users" sort={byDisplayName} />,
  <TextInput key="action" source="action" />,
];

export const AuditLogList = () => (
  <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="occurredAt">
        <RowLink>
          <LocalizedDateField source="occurredAt" showTime />
        </RowLink>
      </DataTable.Col>
      <DataTable.Col source="actorId" disableSort>
        <ReferenceField source="actorId" reference="users" emptyText="apprenance.audit.system" />
      </DataTable.Col>
      <DataTable.Col source="action">
        <AuditActionField />
      </DataTable.Col>
      <DataTable.Col source="entityId" disableSort>
        <AuditEntityField />
      </DataTable.Col>
    </DataTable>
  </List>
);
