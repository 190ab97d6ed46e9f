import { Injectable } from '@nestjs/common';
import {
  CohortEntity,
  CONVICTION_MOMENTS,
  ConvictionAnswerEntity,
  ConvictionMoment,
} from '@apprenance/db';
import { convictionWindow, windowState } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { ConvictionPathDto, ConvictionScaleDto, ConvictionSlotDto } from './dto/conviction.dto';
import { convictionClosed, convictionNotOpen, notCohortParticipant } from './impact.errors';
import { ConvictionRepository } from './conviction.repository';

const AUDITED = ['collectiveIntelligence', 'freeSoftware', 'civicTech'] as const;

const ratingsOf = (answer: ConvictionAnswerEntity): ConvictionScaleDto => ({
  collectiveIntelligence: answer.collectiveIntelligence,
  freeSoftware: answer.freeSoftware,
  civicTech: answer.civicTech,
});

/**
 * The conviction questionnaire: each enrolled participant answers it before their cohort and
 * after it; answers can be changed while the moment's window is open, then they are frozen.
 */
@Injectable()
export class ConvictionService {
  constructor(
    private readonly answers: ConvictionRepository,
    private readonly access: CohortAccess,
    private readonly membership: CohortMembership,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** The caller's questionnaires: two per cohort their pair is enrolled in. */
  async mine(actor: AuthUser, now = new Date()): Promise<ConvictionSlotDto[]> {
    const pairs = await this.membership.pairsOfUser(actor.id);
    const cohorts = await Promise.all(pairs.map((p) => this.access.readable(actor, p.cohortId)));
    const given = await this.answers.ofParticipant(
      actor.id,
      cohorts.map((cohort) => cohort.id),
    );
    return cohorts.flatMap((cohort) =>
      CONVICTION_MOMENTS.map((moment) =>
        slotOf(
          cohort,
          moment,
          given.find((a) => a.cohortId === cohort.id && a.moment === moment),
          now,
        ),
      ),
    );
  }

  /** Records or changes the caller's answers, while the moment's window is open. */
  async answer(
    actor: AuthUser,
    { cohortId, moment }: ConvictionPathDto,
    ratings: ConvictionScaleDto,
    now = new Date(),
  ): Promise<ConvictionSlotDto> {
    const cohort = await this.access.readable(actor, cohortId);
    if (!(await this.membership.pairOfUserIn(actor.id, cohortId))) throw notCohortParticipant();
    const window = convictionWindow(moment, cohort);
    const state = windowState(window, now);
    if (state === 'closed') throw convictionClosed(moment);
    if (state === 'not_open') throw convictionNotOpen(moment, window?.opensAt ?? null);
    return this.tx.run(async (tx) => {
      const key = { cohortId, participantId: actor.id, moment };
      const before = await this.answers.findForUpdate(tx, key);
      const saved = await this.answers.upsert(tx, key, ratings);
      const action = before ? 'conviction.update' : 'conviction.create';
      await this.audit.recordDiff(tx, actor, action, saved.id, before, saved, AUDITED);
      return slotOf(cohort, moment, saved, now);
    });
  }
}

function slotOf(
  cohort: CohortEntity,
  moment: ConvictionMoment,
  answer: ConvictionAnswerEntity | undefined,
  now: Date,
): ConvictionSlotDto {
  const window = convictionWindow(moment, cohort);
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    moment,
    state: windowState(window, now),
    opensAt: window?.opensAt?.toISOString() ?? null,
    closesAt: window?.closesAt?.toISOString() ?? null,
    answers: answer ? ratingsOf(answer) : null,
  };
}
