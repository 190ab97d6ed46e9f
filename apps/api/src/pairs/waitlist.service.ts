import { Injectable } from '@nestjs/common';
import { CohortEntity, PairStatus } from '@apprenance/db';
import { pairsToPromote, placeFor } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { Tx } from '../common/database/transaction';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { OutboxRepository } from '../notifications/outbox.repository';
import { pairAudit } from './pair-audit';
import { pairNotifications } from './pair-notifications';
import { PairsRepository } from './pairs.repository';

/**
 * The first-come waitlist of a full cohort. Callers hold the cohort's row lock, so ranks and
 * promotions of one cohort are decided one transaction at a time.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly pairs: PairsRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
  ) {}

  /** Where a pair placed in this cohort lands: enrolled when two seats are free, else waitlisted. */
  statusFor(cohort: Pick<CohortEntity, 'capacity' | 'enrolledSeats'>): PairStatus {
    return placeFor(cohort.enrolledSeats, cohort.capacity);
  }

  /** `statusFor`, with the rank of a waitlisted pair: last in line. */
  async place(
    tx: Tx,
    cohort: CohortEntity,
  ): Promise<{ status: PairStatus; waitlistRank: number | null }> {
    const status = this.statusFor(cohort);
    return {
      status,
      waitlistRank:
        status === 'waitlisted' ? await this.pairs.nextWaitlistRank(tx, cohort.id) : null,
    };
  }

  /** Promotes the first waitlisted pairs that fit in the free seats, notifying their members. */
  async promote(tx: Tx, actor: AuthUser | null, cohortRow: CohortEntity): Promise<void> {
    // Re-read: the seat count is kept by a trigger, so the caller's copy may be stale.
    const cohort = (await this.cohorts.findById(cohortRow.id, tx)) as CohortEntity;
    const promoted = pairsToPromote(
      await this.pairs.waitlist(tx, cohort.id),
      cohort.capacity - cohort.enrolledSeats,
    );
    for (const pair of promoted) {
      const before = { ...pair };
      Object.assign(pair, { status: 'enrolled', waitlistRank: null });
      await this.pairs.save(tx, pair);
      await this.outbox.enqueue(tx, pairNotifications(pair, cohort.name, 'pair.promoted'));
      await this.audit.record(tx, actor, pairAudit('pair.promote', before, pair));
    }
    if (promoted.length) await this.renumber(tx, cohort.id);
  }

  /**
   * The API documents `waitlistRank` as the place in line, so when pairs leave the waitlist
   * the ones behind them move up.
   */
  renumber(tx: Tx, cohortId: string): Promise<void> {
    return this.pairs.renumberWaitlist(tx, cohortId);
  }
}
