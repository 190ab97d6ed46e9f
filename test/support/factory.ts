import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type {
  AttendanceStatus,
  Locale,
  ParticipantKind,
  Role,
  TerritoryLevel,
} from '@apprenance/db';
import { CourseEntity, CourseFormat, CourseStatus, PHASES } from '@apprenance/db';
import { DataSource } from 'typeorm';
import { CohortsService } from '../../apps/api/src/cohorts/cohorts.service';
import { CohortDto, CreateCohortDto } from '../../apps/api/src/cohorts/dto/cohort.dto';
import type { AuthUser } from '../../apps/api/src/common/auth/auth-user';
import type { PairDto } from '../../apps/api/src/pairs/dto/pair.dto';
import { PairsService } from '../../apps/api/src/pairs/pairs.service';
import { AttendanceService } from '../../apps/api/src/sessions/attendance.service';
import { SessionsService } from '../../apps/api/src/sessions/sessions.service';
import { TerritoriesService } from '../../apps/api/src/territories/territories.service';
import { TerritoryDto } from '../../apps/api/src/territories/dto/territory.dto';
import { UserDto } from '../../apps/api/src/users/dto/user.dto';
import { UsersService } from '../../apps/api/src/users/users.service';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface UserInput {
  role?: Role;
  email?: string;
  displayName?: string;
  locale?: Locale;
  password?: string;
  kind?: ParticipantKind;
  territoryId?: string;
  position?: string;
  isActive?: boolean;
}

const unique = () => randomBytes(4).toString('hex');

/** Small builders of valid test data, going through the services like real requests. */
export class Factory {
  private admin?: AuthUser;

  constructor(private readonly app: INestApplicationContext) {}

  territory(
    input: { name?: string; country?: string; level?: TerritoryLevel } = {},
  ): Promise<TerritoryDto> {
    return this.app.get(TerritoriesService).create(null, {
      name: input.name ?? `Commune ${unique()}`,
      country: input.country ?? 'FR',
      level: input.level ?? 'municipality',
    });
  }

  async user(input: UserInput = {}): Promise<UserDto & { password: string }> {
    const role = input.role ?? 'participant';
    const password = input.password ?? TEST_PASSWORD;
    const participant =
      role === 'participant'
        ? {
            kind: input.kind ?? 'political',
            territoryId: input.territoryId ?? (await this.territory()).id,
            position: input.position ?? 'Maire',
          }
        : {};
    const user = await this.app.get(UsersService).create(null, {
      role,
      email: input.email ?? `${role}-${unique()}@test.apprenance.local`,
      displayName: input.displayName ?? `${role} ${unique()}`,
      locale: input.locale ?? 'fr',
      password,
      isActive: input.isActive ?? true,
      ...participant,
    });
    return { ...user, password };
  }

  /** A course with its three phases, inserted directly (the courses API is separate). */
  async course(
    input: { format?: CourseFormat; status?: CourseStatus } = {},
  ): Promise<CourseEntity> {
    return this.app.get(DataSource).transaction(async (tx) => {
      const course = await tx.save(
        tx.create(CourseEntity, {
          slug: `course-${unique()}`,
          titleFr: 'Urbanisme ouvert',
          titleEn: 'Open urbanism',
          format: input.format ?? 'short',
          status: input.status ?? 'published',
        }),
      );
      await tx.query(
        `INSERT INTO course_phases (course_id, phase, position) SELECT $1, p, i FROM unnest($2::course_phase[]) WITH ORDINALITY AS t(p, i)`,
        [course.id, PHASES],
      );
      return course;
    });
  }

  /** A cohort of a published course, created by the system (no trainer unless given). */
  async cohort(
    input: Partial<CreateCohortDto> & { format?: CourseFormat } = {},
  ): Promise<CohortDto> {
    const { format, ...fields } = input;
    const courseId = fields.courseId ?? (await this.course({ format: format ?? 'short' })).id;
    return this.app.get(CohortsService).create(null, {
      name: `Cohort ${unique()}`,
      language: 'fr',
      timeZone: 'Europe/Paris',
      venue: 'Maison de la citoyenneté',
      ...fields,
      courseId,
    });
  }

  /**
   * A new pair placed in a cohort by an admin (enrolled, or waitlisted when full), like the
   * enrol endpoint does.
   */
  async placedPair(cohortId: string): Promise<PairDto & { members: string[] }> {
    const { political, technical } = await this.pairMembers();
    const pair = await this.app.get(PairsService).enrol(await this.systemAdmin(), cohortId, {
      politicalId: political.id,
      technicalId: technical.id,
    });
    return { ...pair, members: [political.id, technical.id] };
  }

  /**
   * Attendance taken by an admin at the cohort's session of this index (0: the first phase),
   * like the attendance endpoint: `[participantId, dayIndex, status]` per entry.
   */
  async attendance(
    cohortId: string,
    session: number,
    entries: [string, number, AttendanceStatus][],
  ): Promise<void> {
    const admin = await this.systemAdmin();
    const sessions = await this.app.get(SessionsService).list(admin, cohortId);
    await this.app.get(AttendanceService).record(admin, cohortId, sessions[session].id, {
      entries: entries.map(([participantId, dayIndex, status]) => ({
        participantId,
        dayIndex,
        status,
      })),
    });
  }

  private async systemAdmin(): Promise<AuthUser> {
    this.admin ??= { ...(await this.user({ role: 'admin' })), role: 'admin' };
    return this.admin;
  }

  /** The two participants of a valid pair, of a new territory. */
  async pairMembers(): Promise<{ political: UserDto; technical: UserDto }> {
    const territory = await this.territory();
    const political = await this.user({ kind: 'political', territoryId: territory.id });
    const technical = await this.user({ kind: 'technical', territoryId: territory.id });
    return { political, technical };
  }
}
