import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { CourseAccess } from '../courses/course-access';
import { AssessmentCriteriaRepository } from './assessment-criteria.repository';
import {
  AssessmentCriterionDto,
  ReplaceAssessmentCriteriaDto,
  toAssessmentCriterionDto,
} from './dto/assessment-criteria.dto';

/**
 * What "acquired" means in each phase of a course, in French and English: read by whoever
 * reads the course, edited by admins and the course's trainers.
 */
@Injectable()
export class AssessmentCriteriaService {
  constructor(
    private readonly criteria: AssessmentCriteriaRepository,
    private readonly access: CourseAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, courseId: string): Promise<AssessmentCriterionDto[]> {
    await this.access.assertCanRead(actor, courseId);
    return this.ofCourse(courseId);
  }

  /** Replaces one phase's criteria; the other phases stay as they are. */
  async replace(
    actor: AuthUser,
    courseId: string,
    input: ReplaceAssessmentCriteriaDto,
  ): Promise<AssessmentCriterionDto[]> {
    await this.access.assertCanEdit(actor, courseId);
    return this.tx.run(async (tx) => {
      const labels = (rows: AssessmentCriterionDto[]) =>
        rows
          .filter((c) => c.phase === input.phase)
          .map(({ labelFr, labelEn }) => ({ labelFr, labelEn }));
      const before = labels(await this.ofCourse(courseId, tx));
      await this.criteria.replace(tx, courseId, input.phase, input.criteria);
      await this.audit.record(tx, actor, {
        action: 'course.assessment_criteria',
        entityType: 'course',
        entityId: courseId,
        changes: { phase: input.phase, from: before, to: input.criteria },
      });
      return this.ofCourse(courseId, tx);
    });
  }

  private async ofCourse(courseId: string, tx?: Tx): Promise<AssessmentCriterionDto[]> {
    return (await this.criteria.list(courseId, tx)).map(toAssessmentCriterionDto);
  }
}
