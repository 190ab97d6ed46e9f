import { DomainError } from '../problem/domain-error';

/** Maps an API sort field to a column, refusing fields that are not sortable. */
export function sortColumn<F extends string>(
  requested: string | undefined,
  allowed: Record<F, string>,
  fallback: F,
): string {
  const field = (requested ?? fallback) as F;
  const column = allowed[field];
  if (!column) {
    throw new DomainError(
      'list.unsortable_field',
      `Cannot sort on "${requested}".`,
      { _sort: [`must be one of: ${Object.keys(allowed).join(', ')}`] },
      { field: String(requested) },
    );
  }
  return column;
}
