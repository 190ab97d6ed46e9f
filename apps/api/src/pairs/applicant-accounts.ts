import { Injectable } from '@nestjs/common';
import { UserEntity } from '@apprenance/db';
import { PairMember, Problems } from '@apprenance/domain';
import { AuthUser } from '../common/auth/auth-user';
import { Tx } from '../common/database/transaction';
import { TerritoriesService } from '../territories/territories.service';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { ApplicantDto, ApplicantTerritoryDto } from './dto/pair.dto';
import { MemberFields } from './enrolment.service';

export const ELSEWHERE = 'already has an account in another territory';

/** A participant belongs to one territory: an applicant of another one cannot be them. */
export function isElsewhere(account: PairMember, territoryId: string): boolean {
  return account.role === 'participant' && account.territoryId !== territoryId;
}

/** The accounts and territory of a pair that applies or is imported, by email. */
@Injectable()
export class ApplicantAccounts {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly territories: TerritoriesService,
  ) {}

  /**
   * Finds applicants by email or creates their (not yet usable) accounts, and their territory,
   * through the users and territories features so that each creation is audited.
   */
  async resolve(
    tx: Tx,
    actor: AuthUser | null,
    input: { territory: ApplicantTerritoryDto; political: ApplicantDto; technical: ApplicantDto },
    fields: MemberFields,
  ): Promise<{ political: UserEntity; technical: UserEntity; problems: Problems }> {
    const territory = await this.territories.findOrCreate(tx, actor, input.territory);
    const existing = await this.users.lockByEmails(tx, [
      input.political.email,
      input.technical.email,
    ]);
    const problems: Problems = {};
    const resolve = async (kind: 'political' | 'technical'): Promise<UserEntity> => {
      const applicant = input[kind];
      const found = existing.find((user) => user.email === applicant.email);
      if (!found) {
        return this.accounts.createParticipant(tx, actor, {
          email: applicant.email,
          displayName: applicant.displayName,
          locale: applicant.locale ?? 'fr',
          kind,
          territoryId: territory.id,
          position: applicant.position ?? null,
        });
      }
      if (isElsewhere(found, territory.id)) {
        (problems[fields[kind]] ??= []).push(ELSEWHERE);
      }
      return found;
    };
    const political = await resolve('political');
    const technical = await resolve('technical');
    return { political, technical, problems };
  }
}
