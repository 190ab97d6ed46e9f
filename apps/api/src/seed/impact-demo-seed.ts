import { Injectable } from '@nestjs/common';
import { CohortEntity } from '@apprenance/db';
import { convictionWindow, followUpDueAt } from '@apprenance/domain';
import { CivicTechsRepository } from '../civic-techs/civic-techs.repository';
import { CohortAccess } from '../cohorts/cohort-access';
import { CohortMembership } from '../cohorts/cohort-membership';
import type { AuthUser } from '../common/auth/auth-user';
import { ConvictionService } from '../impact/conviction.service';
import { DashboardService } from '../impact/dashboard.service';
import { FollowUpsService } from '../impact/follow-ups.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_CONVICTION, DEMO_FOLLOW_UPS } from './demo-impact';

const DAY = 24 * 3600 * 1000;

/**
 * The impact of the ended demo cohort, through the services as the people would have given
 * it at the time (each answer dated inside its window): conviction before and after, follow-
 * ups at 3 and 6 months (those already due), and the course's public anonymised dashboard.
 */
@Injectable()
export class ImpactDemoSeed {
  constructor(
    private readonly conviction: ConvictionService,
    private readonly followUps: FollowUpsService,
    private readonly dashboard: DashboardService,
    private readonly membership: CohortMembership,
    private readonly access: CohortAccess,
    private readonly civicTechs: CivicTechsRepository,
    private readonly users: UsersRepository,
  ) {}

  async run(admin: AuthUser, now = new Date()): Promise<void> {
    const [pair] = await this.membership.pairsOfUser(
      (await this.actor(DEMO_CONVICTION[0].email)).id,
    );
    const cohort = await this.access.readable(admin, pair.cohortId);
    await this.answerConviction(cohort);
    for (const demo of DEMO_FOLLOW_UPS) {
      const dueAt = followUpDueAt(cohort.endsOn as string, cohort.timeZone, demo.milestone);
      if (dueAt > now) continue;
      const [pairOfMember] = await this.membership.pairsOfUser((await this.actor(demo.member)).id);
      const civicTechIds = [];
      for (const slug of demo.civicTechSlugs) civicTechIds.push(await this.toolId(slug));
      await this.followUps.record(
        await this.actor(demo.recorder),
        { pairId: pairOfMember.id, milestone: demo.milestone },
        {
          status: demo.status,
          fundingSecured: Boolean(demo.funding),
          fundingAmount: demo.funding?.amount,
          fundingSource: demo.funding?.source,
          civicTechIds,
          whatChanged: demo.whatChanged,
          documentUrl: demo.documentUrl,
        },
        new Date(dueAt.getTime() + 5 * DAY),
      );
    }
    await this.dashboard.publish(admin, cohort.courseId, true);
  }

  /** Each answer given inside its window: before on the eve of the start, after on the last day. */
  private async answerConviction(cohort: CohortEntity): Promise<void> {
    const before = convictionWindow('before', cohort)?.closesAt as Date;
    const after = convictionWindow('after', cohort)?.opensAt as Date;
    for (const { email, before: was, after: is } of DEMO_CONVICTION) {
      const person = await this.actor(email);
      const answers: ['before' | 'after', [number, number, number] | null, Date][] = [
        ['before', was, new Date(before.getTime() - 2 * DAY)],
        ['after', is, new Date(after.getTime() + DAY / 2)],
      ];
      for (const [moment, ratings, at] of answers) {
        if (!ratings) continue;
        const [collectiveIntelligence, freeSoftware, civicTech] = ratings;
        await this.conviction.answer(
          person,
          { cohortId: cohort.id, moment },
          { collectiveIntelligence, freeSoftware, civicTech },
          at,
        );
      }
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
