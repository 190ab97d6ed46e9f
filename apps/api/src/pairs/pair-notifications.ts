import { CohortPairEntity, PairStatus } from '@apprenance/db';
import { Notification } from '../notifications/outbox.repository';

/** Template keys of the messages a pair's members receive. */
export const PAIR_TEMPLATES: Partial<Record<PairStatus, string>> = {
  applied: 'pair.applied',
  enrolled: 'pair.enrolled',
  waitlisted: 'pair.waitlisted',
  withdrawn: 'pair.withdrawn',
  declined: 'pair.declined',
};

/** One message to each member of the pair; `template` overrides the status's own. */
export function pairNotifications(
  pair: Pick<
    CohortPairEntity,
    'id' | 'cohortId' | 'politicalId' | 'technicalId' | 'status' | 'waitlistRank'
  >,
  cohortName: string,
  template = PAIR_TEMPLATES[pair.status] ?? `pair.${pair.status}`,
): Notification[] {
  const payload = {
    pairId: pair.id,
    cohortId: pair.cohortId,
    cohortName,
    status: pair.status,
    waitlistRank: pair.waitlistRank,
  };
  return [pair.politicalId, pair.technicalId].map((recipientId) => ({
    recipientId,
    template,
    payload,
  }));
}
