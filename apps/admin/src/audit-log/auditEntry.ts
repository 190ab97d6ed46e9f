/** The page of an audited record, for the kinds of records that have one. */
const PAGES: Record<string, (id: string) => string> = {
  cohort: (id) => `/cohorts/${id}/show`,
  course: (id) => `/courses/${id}/show`,
  user: (id) => `/users/${id}`,
};

export const entityPath = (entityType: string, entityId: string): string | undefined =>
  PAGES[entityType]?.(encodeURIComponent(entityId));

/** `cohort.update` → `update`: the verb the entity type does not already say. */
export const verbOf = (action: string) => action.slice(action.indexOf('.') + 1);

export interface Change {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/**
 * An entry's changes as rows: the api writes `{ field: [before, after] }` for edits; any other
 * value of a field (a created record's fields, a count) is shown as its "after".
 */
export const changesOf = (changes: Record<string, unknown> | null): Change[] =>
  Object.entries(changes ?? {}).map(([field, value]) =>
    Array.isArray(value) && value.length === 2
      ? { field, before: show(value[0]), after: show(value[1]) }
      : { field, before: '—', after: show(value) },
  );
