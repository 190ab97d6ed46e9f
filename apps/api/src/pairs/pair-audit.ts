import { CohortPairEntity } from '@apprenance/db';
import { AuditEvent } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';

const AUDITED = ['status', 'waitlistRank', 'politicalId', 'technicalId', 'territoryId'] as const;

/** The audit event of a pair's change: `before` is null when the pair is new. */
export function pairAudit(
  action: string,
  before: CohortPairEntity | null,
  pair: CohortPairEntity,
): AuditEvent {
  return {
    action,
    entityType: 'cohort_pair',
    entityId: pair.id,
    changes: diffFields(before, pair, AUDITED),
  };
}
