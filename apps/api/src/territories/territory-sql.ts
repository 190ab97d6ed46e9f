/** Every territory's name, for reports that name pairs by territory: `id`, `name`. */
export const territoryNamesSql = `SELECT id, name FROM territories`;
