import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { CourseAccess } from './course-access';
import {
  ReplaceReviewCriteriaDto,
  ReviewCriterionDto,
  toReviewCriterionDto,
} from './dto/review-criteria.dto';
import { ReviewCriteriaRepository } from './review-criteria.repository';

/** A course's peer-review rubric: read by whoever reads the course, edited by its trainers. */
@Injectable()
export class ReviewCriteriaService {
  constructor(
    private readonly criteria: ReviewCriteriaRepository,
    private readonly access: CourseAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, courseId: string): Promise<ReviewCriterionDto[]> {
    await this.access.assertCanRead(actor, courseId);
    return this.forCourse(courseId);
  }

  /** The rubric of a course, for features that score against it (peer review). */
  async forCourse(courseId: string, tx?: Tx): Promise<ReviewCriterionDto[]> {
    return (await this.criteria.list(courseId, tx)).map(toReviewCriterionDto);
  }

  async replace(
    actor: AuthUser,
    courseId: string,
    input: ReplaceReviewCriteriaDto,
  ): Promise<ReviewCriterionDto[]> {
    await this.access.assertCanEdit(actor, courseId);
    return this.tx.run(async (tx) => {
      const before = await this.forCourse(courseId, tx);
      await this.criteria.replace(tx, courseId, input.criteria);
      const after = await this.forCourse(courseId, tx);
      await this.audit.record(tx, actor, {
        action: 'course.review_criteria',
        entityType: 'course',
        entityId: courseId,
        changes: {
          from: before.map(({ labelFr, labelEn }) => ({ labelFr, labelEn })),
          to: input.criteria,
        },
      });
      return after;
    });
  }
}
