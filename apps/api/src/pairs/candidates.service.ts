import { Injectable } from '@nestjs/common';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import { UsersRepository } from '../users/users.repository';
import { CandidateDto, CandidateQueryDto, toCandidateDto } from './dto/candidate.dto';
import { PairsRepository } from './pairs.repository';

/** Enough for a picker that narrows as one types. */
const CANDIDATES_SHOWN = 50;

/**
 * Who may still be enrolled in a pair of a cohort: active participants who hold no place in
 * this cohort and none in another cohort that has not finished (the rules enrolment checks).
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly access: CohortAccess,
    private readonly pairs: PairsRepository,
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, cohortId: string, query: CandidateQueryDto): Promise<CandidateDto[]> {
    await this.access.manageable(actor, cohortId);
    return this.tx.run(async (tx) => {
      const memberships = await this.pairs.allActiveMemberships(tx, cohortId);
      const unfinished = await this.cohorts.unfinished(tx, [
        ...new Set(memberships.map((m) => m.cohortId)),
      ]);
      const busy = memberships.filter((m) => unfinished.has(m.cohortId)).map((m) => m.userId);
      const users = await this.users.freeParticipants(tx, {
        ...query,
        excludeIds: [...new Set(busy)],
        limit: CANDIDATES_SHOWN,
      });
      return users.map(toCandidateDto);
    });
  }
}
