import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Which rows of a cohort-bound table a caller may read: those of the cohorts they see
 * (`all` for admins), and, for participants, only those of their own pairs.
 */
export interface RowScope {
  cohortIds: string[] | 'all';
  pairIds?: string[];
}

/** Restricts the builder to the scope, on `<alias>.cohortId` and `<alias>.pairId`. */
export function withinScope<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  scope: RowScope,
): SelectQueryBuilder<T> {
  if (scope.cohortIds !== 'all') {
    if (!scope.cohortIds.length) return builder.andWhere('FALSE');
    builder.andWhere(`${alias}.cohortId IN (:...scopeCohortIds)`, {
      scopeCohortIds: scope.cohortIds,
    });
  }
  if (scope.pairIds) {
    if (!scope.pairIds.length) return builder.andWhere('FALSE');
    builder.andWhere(`${alias}.pairId IN (:...scopePairIds)`, { scopePairIds: scope.pairIds });
  }
  return builder;
}
