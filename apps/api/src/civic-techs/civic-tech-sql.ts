/** Every catalogue tool's name: `id`, `name`. */
export const civicTechNamesSql = `SELECT id, name FROM civic_techs`;
