import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConvictionAnswerEntity, ConvictionMoment } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

export type ConvictionRatings = Pick<
  ConvictionAnswerEntity,
  'collectiveIntelligence' | 'freeSoftware' | 'civicTech'
>;
export interface ConvictionSlotKey {
  cohortId: string;
  participantId: string;
  moment: ConvictionMoment;
}

@Injectable()
export class ConvictionRepository {
  constructor(
    @InjectRepository(ConvictionAnswerEntity)
    private readonly answers: Repository<ConvictionAnswerEntity>,
  ) {}

  /** A participant's answers in these cohorts. */
  ofParticipant(participantId: string, cohortIds: string[]): Promise<ConvictionAnswerEntity[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return this.answers.findBy({ participantId, cohortId: In(cohortIds) });
  }

  findForUpdate(tx: Tx, key: ConvictionSlotKey): Promise<ConvictionAnswerEntity | null> {
    return tx
      .getRepository(ConvictionAnswerEntity)
      .findOne({ where: { ...key }, lock: { mode: 'pessimistic_write' } });
  }

  /** Writes the answers of a slot, replacing those given before (one row per slot). */
  async upsert(
    tx: Tx,
    key: ConvictionSlotKey,
    ratings: ConvictionRatings,
  ): Promise<ConvictionAnswerEntity> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(ConvictionAnswerEntity)
      .values({ ...key, ...ratings })
      .orUpdate(
        ['collective_intelligence', 'free_software', 'civic_tech', 'updated_at'],
        ['cohort_id', 'participant_id', 'moment'],
      )
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0].id;
    return tx.getRepository(ConvictionAnswerEntity).findOneByOrFail({ id });
  }
}
