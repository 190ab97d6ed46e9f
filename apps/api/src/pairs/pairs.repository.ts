import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AttendanceEntity,
  CohortPairEntity,
  FINISHED_COHORT_STATUSES,
  PairStatus,
  TerritoryEntity,
  UserEntity,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

export type NewPair = Pick<
  CohortPairEntity,
  'cohortId' | 'territoryId' | 'politicalId' | 'technicalId' | 'status' | 'waitlistRank'
>;
export type NewParticipant = Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt' | 'territory'>;

const WITH_MEMBERS = { political: true, technical: true, territory: true } as const;

@Injectable()
export class PairsRepository {
  constructor(
    @InjectRepository(CohortPairEntity) private readonly pairs: Repository<CohortPairEntity>,
  ) {}

  list(cohortId: string, statuses?: PairStatus[]): Promise<CohortPairEntity[]> {
    return this.pairs.find({
      where: { cohortId, ...(statuses ? { status: In(statuses) } : {}) },
      relations: WITH_MEMBERS,
      order: { status: 'ASC', waitlistRank: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  findWithMembers(id: string, tx?: Tx): Promise<CohortPairEntity | null> {
    return (tx?.getRepository(CohortPairEntity) ?? this.pairs).findOne({
      where: { id },
      relations: WITH_MEMBERS,
    });
  }

  findForUpdate(tx: Tx, cohortId: string, id: string): Promise<CohortPairEntity | null> {
    return tx
      .getRepository(CohortPairEntity)
      .findOne({ where: { id, cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks both members, in id order so that two transactions never wait on each other crosswise. */
  lockUsers(tx: Tx, ids: string[]): Promise<UserEntity[]> {
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids })
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Locks the accounts of these emails, in id order like `lockUsers`, so memberships are checked once. */
  lockUsersByEmail(tx: Tx, emails: string[]): Promise<UserEntity[]> {
    if (!emails.length) return Promise.resolve([]);
    return tx
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.email IN (:...emails)', { emails })
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Which of these users are in an active pair of this cohort, or enrolled or waitlisted in
   * another unfinished cohort. An application elsewhere holds no place: anyone may file one
   * with anyone's email, so it must not keep that person out of other cohorts.
   */
  async activeMemberships(
    tx: Tx,
    cohortId: string,
    userIds: string[],
    excludePairId?: string,
  ): Promise<{ userId: string; cohortId: string }[]> {
    return tx.query(
      `SELECT u.id AS "userId", p.cohort_id AS "cohortId"
         FROM cohort_pairs p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN unnest($1::uuid[]) AS u(id) ON u.id IN (p.political_id, p.technical_id)
        WHERE (p.status IN ('enrolled', 'waitlisted') OR (p.status = 'applied' AND p.cohort_id = $4))
          AND c.status <> ALL($2::cohort_status[])
          AND p.id IS DISTINCT FROM $3::uuid`,
      [userIds, FINISHED_COHORT_STATUSES, excludePairId ?? null, cohortId],
    );
  }

  async nextWaitlistRank(tx: Tx, cohortId: string): Promise<number> {
    const [row] = await tx.query(
      `SELECT COALESCE(MAX(waitlist_rank), 0) + 1 AS rank FROM cohort_pairs WHERE cohort_id = $1`,
      [cohortId],
    );
    return Number(row.rank);
  }

  waitlist(tx: Tx, cohortId: string): Promise<CohortPairEntity[]> {
    return tx.getRepository(CohortPairEntity).find({
      where: { cohortId, status: 'waitlisted' },
      order: { waitlistRank: 'ASC' },
    });
  }

  insert(tx: Tx, pair: NewPair): Promise<CohortPairEntity> {
    return tx.getRepository(CohortPairEntity).save(tx.create(CohortPairEntity, pair));
  }

  save(tx: Tx, pair: CohortPairEntity): Promise<CohortPairEntity> {
    return tx.getRepository(CohortPairEntity).save(pair);
  }

  async findOrCreateTerritory(
    tx: Tx,
    territory: Pick<TerritoryEntity, 'name' | 'country' | 'level'>,
  ): Promise<TerritoryEntity> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(TerritoryEntity)
      .values({ ...territory })
      .orIgnore()
      .execute();
    const { name, country, level } = territory;
    return tx.getRepository(TerritoryEntity).findOneByOrFail({ name, country, level });
  }

  insertParticipant(tx: Tx, user: NewParticipant): Promise<UserEntity> {
    return tx.getRepository(UserEntity).save(tx.create(UserEntity, user));
  }

  /** Enrolled participants of a cohort (both members of every enrolled pair). */
  async enrolledParticipants(cohortId: string, tx?: Tx): Promise<UserEntity[]> {
    const pairs = await (tx?.getRepository(CohortPairEntity) ?? this.pairs).find({
      where: { cohortId, status: 'enrolled' },
      relations: { political: true, technical: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return pairs.flatMap((pair) => [pair.political as UserEntity, pair.technical as UserEntity]);
  }

  attendance(sessionIds: string[], participantId?: string, tx?: Tx): Promise<AttendanceEntity[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return (tx ?? this.pairs.manager).getRepository(AttendanceEntity).find({
      where: { sessionId: In(sessionIds), ...(participantId ? { participantId } : {}) },
      order: { sessionId: 'ASC', participantId: 'ASC', dayIndex: 'ASC' },
    });
  }

  async upsertAttendance(
    tx: Tx,
    rows: Omit<AttendanceEntity, 'recordedAt' | 'session' | 'participant' | 'recorder'>[],
  ): Promise<void> {
    await tx.getRepository(AttendanceEntity).upsert(rows, {
      conflictPaths: ['sessionId', 'participantId', 'dayIndex'],
    });
  }
}
