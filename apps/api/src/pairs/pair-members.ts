import { Injectable } from '@nestjs/common';
import { CohortPairEntity } from '@apprenance/db';
import { Tx } from '../common/database/transaction';
import { TerritoriesRepository } from '../territories/territories.repository';
import { Person, UsersRepository } from '../users/users.repository';
import { PairsRepository } from './pairs.repository';

/** A pair with its members (what others are shown of them) and its territory. */
export type FilledPair = Omit<CohortPairEntity, 'political' | 'technical'> & {
  political?: Person;
  technical?: Person;
};

/** A pair's people and place, asked of the users and territories features that own them. */
@Injectable()
export class PairMembers {
  constructor(
    private readonly pairs: PairsRepository,
    private readonly users: UsersRepository,
    private readonly territories: TerritoriesRepository,
  ) {}

  /** The pairs with their two members and their territory filled in. */
  async fill(pairs: CohortPairEntity[], tx?: Tx): Promise<FilledPair[]> {
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

  /** A pair whose members' accounts the caller has already read: only its territory is read. */
  async withMembers(
    tx: Tx,
    pair: CohortPairEntity,
    political: Person,
    technical: Person,
  ): Promise<FilledPair> {
    const [territory] = await this.territories.findByIds([pair.territoryId], tx);
    return Object.assign(pair, { political, technical, territory });
  }

  /** Both members of every enrolled pair of the cohort, in enrolment order. */
  async enrolledParticipants(cohortId: string, tx?: Tx): Promise<Person[]> {
    const ids = (await this.pairs.enrolled(cohortId, tx)).flatMap((p) => [
      p.politicalId,
      p.technicalId,
    ]);
    const users = await this.byId(ids, tx);
    return ids.map((id) => users.get(id) as Person);
  }

  private async byId(ids: string[], tx?: Tx): Promise<Map<string, Person>> {
    return new Map((await this.users.people(ids, tx)).map((user) => [user.id, user]));
  }
}
