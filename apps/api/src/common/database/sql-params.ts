/** Positional parameters for a raw query: `add(value)` returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * One entry of a statement's `WITH` list (`name AS (…)`, a write or a query), numbering its
 * parameters through `params`: how a feature's write rides in another feature's statement, one
 * round trip for both (data-modifying entries run whether or not the statement reads them).
 */
export type WithQuery = (params: SqlParams) => string;
