export interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
  filter?: Record<string, unknown>;
}

/** `_start=0&_end=25&_sort=name&_order=ASC&role=admin`; array filters repeat their key. */
export function listQuery({ pagination, sort, filter = {} }: ListParams): string {
  const query = new URLSearchParams();
  if (pagination) {
    const start = (pagination.page - 1) * pagination.perPage;
    query.set('_start', String(start));
    query.set('_end', String(start + pagination.perPage));
  }
  if (sort?.field) {
    query.set('_sort', sort.field);
    query.set('_order', sort.order === 'DESC' ? 'DESC' : 'ASC');
  }
  appendFilters(query, filter);
  return query.toString();
}

/** `id=a&id=b`, with a window wide enough for every id (the server's default page is 25). */
export function manyQuery(ids: ReadonlyArray<string | number>): string {
  const query = new URLSearchParams({ _start: '0', _end: String(ids.length) });
  appendFilters(query, { id: ids });
  return query.toString();
}

function appendFilters(query: URLSearchParams, filter: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(filter)) {
    for (const item of [value].flat()) {
      if (item !== undefined && item !== null && item !== '') query.append(key, String(item));
    }
  }
}
