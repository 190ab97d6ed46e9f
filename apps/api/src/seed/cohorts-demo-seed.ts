import { Injectable } from '@nestjs/common';
import type { AttendanceStatus } from '@apprenance/db';
import type { AuthUser } from '../common/auth/auth-user';
import { AttendanceService } from '../sessions/attendance.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { PairsService } from '../pairs/pairs.service';
import { SessionsService } from '../sessions/sessions.service';
import { CoursesRepository } from '../courses/courses.repository';
import { UsersRepository } from '../users/users.repository';
import { DEMO_COHORTS, DEMO_PEOPLE, DemoCohort } from './demo-data';

/** A plausible register: mostly present, one absence and one excused day per session. */
const REGISTER: AttendanceStatus[] = [
  'present',
  'present',
  'absent',
  'present',
  'excused',
  'present',
];

/** Runs the demo cohorts as a trainer would: schedule, open, enrol pairs, start, take attendance. */
@Injectable()
export class CohortsDemoSeed {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly pairs: PairsService,
    private readonly sessions: SessionsService,
    private readonly attendance: AttendanceService,
    private readonly courses: CoursesRepository,
    private readonly users: UsersRepository,
  ) {}

  async run(admin: AuthUser): Promise<void> {
    for (const demo of DEMO_COHORTS) await this.seedCohort(admin, demo);
  }

  /** Creates, fills and starts the cohort, and takes the attendance of its held sessions. */
  async seedCohort(admin: AuthUser, demo: DemoCohort): Promise<string> {
    const course = await this.courses.findBySlug(demo.courseSlug);
    if (!course) throw new Error(`The demo course ${demo.courseSlug} is missing`);
    const trainer = await this.userId(demo.trainer);
    const cohort = await this.cohorts.create(admin, {
      courseId: course.id,
      name: demo.name,
      language: demo.language,
      timeZone: demo.timeZone,
      venue: demo.venue,
      startsOn: demo.startsOn,
      trainerIds: [trainer],
    });
    await this.cohorts.changeStatus(admin, cohort.id, 'open');
    for (const territory of demo.pairs) {
      const [politicalId, technicalId] = await this.pairOf(territory);
      await this.pairs.enrol(admin, cohort.id, { politicalId, technicalId });
    }
    await this.cohorts.changeStatus(admin, cohort.id, 'running');
    const participants = (await this.pairs.list(admin, cohort.id)).flatMap((pair) => [
      pair.political.id,
      pair.technical.id,
    ]);
    const held = (await this.sessions.list(admin, cohort.id)).slice(0, demo.sessionsHeld);
    for (const session of held) {
      const entries = participants.flatMap((participantId, i) =>
        Array.from({ length: session.dayCount }, (_, day) => ({
          participantId,
          dayIndex: day + 1,
          status: REGISTER[(i + day) % REGISTER.length],
        })),
      );
      await this.attendance.record(admin, cohort.id, session.id, { entries });
    }
    return cohort.id;
  }

  private async pairOf(territoryKey: string): Promise<[string, string]> {
    const members = DEMO_PEOPLE.filter((user) => user.territory === territoryKey);
    const political = members.find((user) => user.kind === 'political');
    const technical = members.find((user) => user.kind === 'technical');
    if (!political || !technical) throw new Error(`No demo pair for ${territoryKey}`);
    return [await this.userId(political.email), await this.userId(technical.email)];
  }

  async userId(email: string): Promise<string> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new Error(`The demo user ${email} is missing`);
    return user.id;
  }
}
