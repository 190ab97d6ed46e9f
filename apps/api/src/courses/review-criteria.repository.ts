import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CourseReviewCriterionEntity } from '@apprenance/db';
import { Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';

/** The peer-review rubric of each course: course content, owned by the courses feature. */
@Injectable()
export class ReviewCriteriaRepository {
  constructor(
    @InjectRepository(CourseReviewCriterionEntity)
    private readonly criteria: Repository<CourseReviewCriterionEntity>,
  ) {}

  list(courseId: string, tx?: Tx): Promise<CourseReviewCriterionEntity[]> {
    return (tx?.getRepository(CourseReviewCriterionEntity) ?? this.criteria).find({
      where: { courseId },
      order: { position: 'ASC' },
    });
  }

  async replace(
    tx: Tx,
    courseId: string,
    criteria: Pick<CourseReviewCriterionEntity, 'labelFr' | 'labelEn'>[],
  ): Promise<void> {
    await tx.delete(CourseReviewCriterionEntity, { courseId });
    if (!criteria.length) return;
    await tx
      .getRepository(CourseReviewCriterionEntity)
      .insert(criteria.map((c, i) => ({ ...c, courseId, position: i + 1 })));
  }
}
