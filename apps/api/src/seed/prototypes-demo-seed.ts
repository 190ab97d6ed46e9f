import { Injectable } from '@nestjs/common';
import { CivicTechsRepository } from '../civic-techs/civic-techs.repository';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import type { AuthUser } from '../common/auth/auth-user';
import { CoursesRepository } from '../courses/courses.repository';
import { ReviewCriteriaService } from '../courses/review-criteria.service';
import { PrototypeWorkflowService } from '../prototypes/prototype-workflow.service';
import { PrototypesService } from '../prototypes/prototypes.service';
import { ReviewsService } from '../reviews/reviews.service';
import { TestLogsService } from '../test-logs/test-logs.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_COHORTS } from './demo-data';
import { DEMO_PROTOTYPES, DEMO_RUBRIC, DemoPrototype } from './demo-prototypes';

/** The moves after the first submission that lead to each demo state. */
const ROADS = {
  draft: [],
  submitted: [],
  presented: ['presented'],
  changes_requested: ['presented', 'changes_requested'],
  // Changes requested, a second version, then accepted: a prototype with two versions.
  accepted: ['presented', 'changes_requested', 'v2', 'presented', 'accepted'],
} as const;

/**
 * Phases 2 and 3 of the demo cohorts, played through the services as the pairs and an admin
 * would: test logs, prototypes in every state, and a peer review with reviews written.
 */
@Injectable()
export class PrototypesDemoSeed {
  constructor(
    private readonly prototypes: PrototypesService,
    private readonly workflow: PrototypeWorkflowService,
    private readonly reviews: ReviewsService,
    private readonly testLogs: TestLogsService,
    private readonly criteria: ReviewCriteriaService,
    private readonly membership: CohortMembership,
    private readonly cohorts: CohortAccess,
    private readonly courses: CoursesRepository,
    private readonly civicTechs: CivicTechsRepository,
    private readonly users: UsersRepository,
  ) {}

  async run(admin: AuthUser): Promise<void> {
    for (const slug of new Set(DEMO_COHORTS.map((c) => c.courseSlug))) {
      const course = await this.courses.findBySlug(slug);
      if (course) await this.criteria.replace(admin, course.id, { criteria: DEMO_RUBRIC });
    }
    const cohortIds = new Set<string>();
    for (const demo of DEMO_PROTOTYPES) cohortIds.add(await this.seedPair(admin, demo));
    const [first] = cohortIds;
    await this.reviewCohort(admin, first);
  }

  /** The pair's test logs and prototype, walked to its demo state; returns the cohort. */
  async seedPair(admin: AuthUser, demo: DemoPrototype): Promise<string> {
    const member = await this.actor(demo.member);
    const [pair] = await this.membership.pairsOfUser(member.id);
    for (const [slug, fit, wouldUse] of demo.tests) {
      await this.testLogs.create(member, {
        cohortId: pair.cohortId,
        civicTechId: await this.toolId(slug),
        useCase: `${slug}: ${demo.draft.title}`,
        fit,
        wouldUse,
        strengths: fit >= 4 ? 'Libre, documenté, une communauté active.' : 'Simple à essayer.',
        limits: fit >= 4 ? 'Demande un temps d’animation.' : 'Peu adapté à notre échelle.',
      });
    }
    const { civicTechSlugs, ...draft } = demo.draft;
    const { id } = await this.prototypes.create(member, { pairId: pair.id });
    const civicTechs = [];
    for (const slug of civicTechSlugs) {
      civicTechs.push({ civicTechId: await this.toolId(slug), adaptation: 'Adapté au territoire' });
    }
    await this.prototypes.update(member, id, { ...draft, civicTechs });
    if (demo.road === 'draft') return pair.cohortId;
    await this.workflow.submit(member, id);
    for (const step of ROADS[demo.road]) {
      if (step === 'v2') {
        await this.prototypes.update(member, id, {
          firstSteps: `${draft.firstSteps} Budget chiffré.`,
        });
        await this.workflow.submit(member, id);
      } else {
        await this.workflow.transition(admin, id, { to: step, comment: COMMENTS[step] });
      }
    }
    return pair.cohortId;
  }

  /** Allocates the cohort's peer review and writes every review but one, which stays late. */
  private async reviewCohort(admin: AuthUser, cohortId: string): Promise<void> {
    const { courseId } = await this.cohorts.readable(admin, cohortId);
    const rubric = await this.criteria.forCourse(courseId);
    const allocated = await this.reviews.allocate(admin, { cohortId, showReviewerNames: true });
    for (const [i, review] of allocated.slice(0, -1).entries()) {
      const pair = await this.membership.enrolledPair(review.reviewerPairId as string);
      const [writer] = await this.users.findByIds([pair?.memberIds[0] as string]);
      await this.reviews.submit(
        { id: writer.id, role: writer.role, email: writer.email },
        review.id,
        {
          strengths: 'Un diagnostic précis et des outils bien choisis.',
          questions: 'Comment toucher les publics éloignés ?',
          suggestions: 'Prévoir un retour public après chaque étape.',
          scores: rubric.map((criterion, k) => ({
            criterionId: criterion.id,
            score: 3 + ((i + k) % 3),
          })),
        },
      );
    }
  }

  private async toolId(slug: string): Promise<string> {
    const tool = await this.civicTechs.findBySlug(slug);
    if (!tool) throw new Error(`The demo civic-tech ${slug} is missing`);
    return tool.id;
  }

  private async actor(email: string): Promise<AuthUser> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new Error(`The demo user ${email} is missing`);
    return { id: user.id, role: user.role, email: user.email };
  }
}

const COMMENTS = {
  presented: 'Présenté en séance plénière.',
  changes_requested: 'Chiffrez les premiers pas et précisez le calendrier.',
  accepted: 'Stratégie acceptée : bravo !',
} as const;
