import { Injectable } from '@nestjs/common';
import { CohortPairEntity, UserEntity } from '@apprenance/db';
import { Tx } from '../common/database/transaction';
import { TerritoriesRepository } from '../territories/territories.repository';
import { UsersRepository } from '../users/users.repository';
import { PairsRepository } from './pairs.repository';

/** A pair's people and place, asked of the users and territories features that own them. */
@Injectable()
export class PairMembers {
  constructor(
    private readonly pairs: PairsRepository,
    private readonly users: UsersRepository,
    private readonly territories: TerritoriesRepository,
  ) {}

  /** The pairs with their two members and their territory filled in. */
  async fill(pairs: CohortPairEntity[], tx?: Tx): Promise<CohortPairEntity[]> {
    const users = await this.byId(
      pairs.flatMap((p) => [p.politicalId, p.technicalId]),
      tx,
    );
    const territories = new Map(
      (
        await this.territories.findByIds(
          pairs.map((p) => p.territoryId),
          tx,
        )
      ).map((t) => [t.id, t]),
    );
    return pairs.map((pair) =>
      Object.assign(pair, {
        political: users.get(pair.politicalId),
        technical: users.get(pair.technicalId),
        territory: territories.get(pair.territoryId),
      }),
    );
  }

  /** Both members of every enrolled pair of the cohort, in enrolment order. */
  async enrolledParticipants(cohortId: string, tx?: Tx): Promise<UserEntity[]> {
    const ids = (await this.pairs.enrolled(cohortId, tx)).flatMap((p) => [
      p.politicalId,
      p.technicalId,
    ]);
    const users = await this.byId(ids, tx);
    return ids.map((id) => users.get(id) as UserEntity);
  }

  private async byId(ids: string[], tx?: Tx): Promise<Map<string, UserEntity>> {
    return new Map((await this.users.findByIds(ids, tx)).map((user) => [user.id, user]));
  }
}
