/**
 * A subquery that a table's owning feature exports so that another feature can compose one
 * statement across several features' tables without naming them (see CONTRIBUTING.md, "Who
 * owns which table"). It takes the placeholder of its parameter (e.g. `$1`) and returns SQL.
 */
export type SqlFragment = (param: string) => string;
