import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssessmentEntity, Phase } from '@apprenance/db';
import { Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

export type AssessmentFields = Pick<
  AssessmentEntity,
  'cohortId' | 'participantId' | 'phase' | 'status' | 'comment' | 'assessedBy'
>;

/** Trainers' assessments: one row per (cohort, participant, phase). */
@Injectable()
export class AssessmentsRepository {
  constructor(
    @InjectRepository(AssessmentEntity)
    private readonly assessments: Repository<AssessmentEntity>,
  ) {}

  /** The cohort's assessments, or one participant's. */
  list(cohortId: string, participantId?: string): Promise<AssessmentEntity[]> {
    return this.assessments.find({
      where: { cohortId, ...(participantId ? { participantId } : {}) },
      order: { participantId: 'ASC', phase: 'ASC' },
    });
  }

  find(tx: Tx, cohortId: string, participantId: string, phase: Phase) {
    return tx.getRepository(AssessmentEntity).findOneBy({ cohortId, participantId, phase });
  }

  /** Inserts or updates the row of (cohort, participant, phase). */
  async upsert(tx: Tx, fields: AssessmentFields): Promise<AssessmentEntity> {
    const repository = tx.getRepository(AssessmentEntity);
    await repository.upsert(fields, ['cohortId', 'participantId', 'phase']);
    return repository.findOneByOrFail({
      cohortId: fields.cohortId,
      participantId: fields.participantId,
      phase: fields.phase,
    });
  }
}
