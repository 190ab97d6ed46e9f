export interface FieldChange {
  /** Dotted path of the field, e.g. `conditions.knowEachOther` or `civicTechs`. */
  field: string;
  from: unknown;
  to: unknown;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Field-by-field differences between two snapshots: objects are walked into dotted paths,
 * arrays and scalars compared whole (a list of chosen tools reads better as one change).
 */
export function diffContent(from: Json, to: Json, prefix = ''): FieldChange[] {
  if (isObject(from) && isObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((key) =>
      diffContent(from[key] ?? null, to[key] ?? null, prefix ? `${prefix}.${key}` : key),
    );
  }
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field: prefix, from, to }];
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
