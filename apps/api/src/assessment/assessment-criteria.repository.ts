import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AssessmentCriterionEntity, Phase } from '@apprenance/db';
import { Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

type Labels = Pick<AssessmentCriterionEntity, 'labelFr' | 'labelEn'>;

/** The assessment rubric of each course, per phase. */
@Injectable()
export class AssessmentCriteriaRepository {
  constructor(
    @InjectRepository(AssessmentCriterionEntity)
    private readonly criteria: Repository<AssessmentCriterionEntity>,
  ) {}

  /** Every criterion of the course, phase by phase in course order, then by position. */
  list(courseId: string, tx?: Tx): Promise<AssessmentCriterionEntity[]> {
    return (tx?.getRepository(AssessmentCriterionEntity) ?? this.criteria).find({
      where: { courseId },
      order: { phase: 'ASC', position: 'ASC' },
    });
  }

  async replace(tx: Tx, courseId: string, phase: Phase, criteria: Labels[]): Promise<void> {
    await tx.delete(AssessmentCriterionEntity, { courseId, phase });
    if (!criteria.length) return;
    await tx
      .getRepository(AssessmentCriterionEntity)
      .insert(criteria.map((c, i) => ({ ...c, courseId, phase, position: i + 1 })));
  }
}
