/** Which pair tested which catalogue tool, in which cohort: `cohort_id`, `pair_id`, `civic_tech_id`. */
export const testedToolsSql = `SELECT cohort_id, pair_id, civic_tech_id FROM civic_tech_tests`;
