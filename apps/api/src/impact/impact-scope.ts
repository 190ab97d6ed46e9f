import { trainedCohortsSql } from '../cohorts/cohort-sql';
import { AuthUser } from '../common/auth/auth-user';
import { SqlParams } from '../common/database/sql-params';

/**
 * SQL that is true for the rows the caller may see, on cohort `c` and (for participants) pair
 * `p`: admins everything, trainers the cohorts they run, participants their own pair.
 */
export function callerCondition(actor: Pick<AuthUser, 'id' | 'role'>, params: SqlParams): string {
  if (actor.role === 'admin') return 'TRUE';
  const id = params.add(actor.id);
  if (actor.role === 'trainer') {
    return `c.id IN (${trainedCohortsSql(id)})`;
  }
  return `(p.political_id = ${id} OR p.technical_id = ${id})`;
}
