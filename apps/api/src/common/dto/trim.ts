/** A class-transformer `@Transform` that trims strings and leaves other values to the validators. */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
