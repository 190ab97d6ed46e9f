import type { Messages } from './fr';

/** Apprenance's own English messages; typed by the French ones so both keep the same keys. */
export const en: Messages = {
  apprenance: {
    title: 'Apprenance',
    auth: {
      too_many_attempts: 'Too many sign-in attempts. Try again in a few minutes.',
    },
    dashboard: {
      title: 'Dashboard',
      greeting: 'Hello %{name}!',
      role: 'Your role: %{role}',
    },
    roles: {
      admin: 'Administrator',
      trainer: 'Trainer',
      participant: 'Participant',
    },
    locales: { fr: 'French', en: 'English' },
    kinds: { political: 'Elected official', technical: 'Civil servant' },
    levels: {
      municipality: 'Municipality',
      inter_municipality: 'Inter-municipality',
      department_or_province: 'Department or province',
      region: 'Region',
      other: 'Other',
    },
    audit: { system: 'System' },
    users: {
      password_help: 'Leave empty to keep the current password.',
    },
    validation: {
      country: 'Two-letter uppercase ISO country code, for example FR',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        email: 'Email',
        displayName: 'Display name',
        locale: 'Language',
        role: 'Role',
        password: 'Password',
        isActive: 'Active',
        kind: 'Profile',
        territoryId: 'Territory',
        position: 'Position',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
      },
    },
    territories: {
      name: 'Territory |||| Territories',
      empty: 'No territory yet.',
      fields: {
        name: 'Name',
        country: 'Country',
        level: 'Level',
        createdAt: 'Created on',
        updatedAt: 'Updated on',
      },
    },
    'audit-log': {
      name: 'Audit log entry |||| Audit log',
      empty: 'The audit log is empty.',
      fields: {
        id: 'Number',
        occurredAt: 'Date',
        actorId: 'Actor',
        action: 'Action',
        entityType: 'Object type',
        entityId: 'Object id',
        changes: 'Changes',
        requestId: 'Request id',
      },
    },
  },
};
