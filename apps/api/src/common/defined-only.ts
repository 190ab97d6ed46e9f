/**
 * The fields a client actually sent: a PATCH body leaves out what it does not change, and an
 * `undefined` must not overwrite a stored value.
 */
export function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
