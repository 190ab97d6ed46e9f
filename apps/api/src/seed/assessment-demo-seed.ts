import { Injectable } from '@nestjs/common';
import { PHASES } from '@apprenance/db';
import { AssessmentCriteriaService } from '../assessment/assessment-criteria.service';
import { AssessmentsService } from '../assessment/assessments.service';
import { CohortsService } from '../cohorts/cohorts.service';
import type { AuthUser } from '../common/auth/auth-user';
import { CoursesRepository } from '../courses/courses.repository';
import { AttendanceService } from '../sessions/attendance.service';
import { SessionsService } from '../sessions/sessions.service';
import { CohortsDemoSeed } from './cohorts-demo-seed';
import {
  DEMO_ASSESSMENT_COMMENTS,
  DEMO_ASSESSMENT_RUBRIC,
  DEMO_ENDED_PROTOTYPES,
  DEMO_STANDINGS,
} from './demo-assessment';
import { DEMO_COHORTS, DEMO_ENDED_COHORT } from './demo-data';
import { PrototypesDemoSeed } from './prototypes-demo-seed';

/**
 * The assessment rubric of the demo courses, and the ended cohort played to its end through
 * the services: attendance, prototypes, the trainer's assessments, then `completed`.
 */
@Injectable()
export class AssessmentDemoSeed {
  constructor(
    private readonly cohortsSeed: CohortsDemoSeed,
    private readonly prototypesSeed: PrototypesDemoSeed,
    private readonly cohorts: CohortsService,
    private readonly sessions: SessionsService,
    private readonly attendance: AttendanceService,
    private readonly assessments: AssessmentsService,
    private readonly criteria: AssessmentCriteriaService,
    private readonly courses: CoursesRepository,
  ) {}

  async run(admin: AuthUser): Promise<void> {
    for (const slug of new Set(DEMO_COHORTS.map((c) => c.courseSlug))) {
      const course = await this.courses.findBySlug(slug);
      if (!course) continue;
      for (const phase of PHASES) {
        await this.criteria.replace(admin, course.id, {
          phase,
          criteria: DEMO_ASSESSMENT_RUBRIC[phase],
        });
      }
    }
    const cohortId = await this.cohortsSeed.seedCohort(admin, DEMO_ENDED_COHORT);
    const people = new Map<string, string>();
    for (const { email } of DEMO_STANDINGS) {
      people.set(email, await this.cohortsSeed.userId(email));
    }
    const trainer: AuthUser = {
      id: await this.cohortsSeed.userId(DEMO_ENDED_COHORT.trainer),
      role: 'trainer',
      email: DEMO_ENDED_COHORT.trainer,
    };
    const sessions = await this.sessions.list(admin, cohortId);
    for (const [i, session] of sessions.entries()) {
      const entries = DEMO_STANDINGS.map((s) => ({
        participantId: people.get(s.email) as string,
        dayIndex: 1,
        status: s.attendance[i],
      }));
      await this.attendance.record(admin, cohortId, session.id, { entries });
    }
    for (const demo of DEMO_ENDED_PROTOTYPES) await this.prototypesSeed.seedPair(admin, demo);
    for (const standing of DEMO_STANDINGS) {
      for (const [i, phase] of PHASES.entries()) {
        const status = standing.assessed[i];
        if (!status) continue;
        await this.assessments.record(trainer, cohortId, {
          participantId: people.get(standing.email) as string,
          phase,
          status,
          comment: DEMO_ASSESSMENT_COMMENTS[status],
        });
      }
    }
    await this.cohorts.changeStatus(admin, cohortId, 'completed');
  }
}
