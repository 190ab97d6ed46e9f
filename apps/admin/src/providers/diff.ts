type Fields = Record<string, unknown>;

/** The fields of `data` that differ from `previous`: a PATCH must send only those. */
export function changedFields(data: Fields, previous: Fields = {}): Fields {
  const changed = Object.entries(data).filter(
    ([key, value]) => value !== undefined && !isEqual(value, previous[key]),
  );
  return Object.fromEntries(changed);
}

function isEqual(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
