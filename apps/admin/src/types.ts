// The enumerations are the database's own (a plain module without TypeORM), so the web app
// and the api cannot drift apart.
export {
  LOCALES,
  PARTICIPANT_KINDS,
  ROLES,
  TERRITORY_LEVELS,
} from '../../../libs/db/src/entities/enums';
export {
  ATTENDANCE_STATUSES,
  COHORT_STATUSES,
  PAIR_STATUSES,
} from '../../../libs/db/src/entities/cohort-enums';
export {
  CIVIC_TECH_CATEGORIES,
  COURSE_FORMATS,
  COURSE_STATUSES,
  PHASES,
  RESOURCE_KINDS,
} from '../../../libs/db/src/entities/enums';
export type {
  AttendanceStatus,
  CohortStatus,
  PairStatus,
} from '../../../libs/db/src/entities/cohort-enums';
export type {
  CivicTechCategory,
  CourseFormat,
  CourseStatus,
  Locale,
  ParticipantKind,
  Phase,
  ResourceKind,
  Role,
  TerritoryLevel,
} from '../../../libs/db/src/entities/enums';
import type {
  AttendanceStatus,
  CohortStatus,
  PairStatus,
} from '../../../libs/db/src/entities/cohort-enums';
import type {
  CivicTechCategory,
  CourseFormat,
  CourseStatus,
  Locale,
  ParticipantKind,
  Phase,
  ResourceKind,
  Role,
  TerritoryLevel,
} from '../../../libs/db/src/entities/enums';

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  role: Role;
  kind: ParticipantKind | null;
  territoryId: string | null;
  position: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Territory {
  id: string;
  name: string;
  country: string;
  level: TerritoryLevel;
  createdAt: string;
  updatedAt: string;
}

export interface AuditLogEntry {
  id: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown> | null;
  requestId: string | null;
}

export interface LoginResponse {
  accessToken: string;
  user: User;
}

export interface CoursePhase {
  id?: string;
  phase: Phase;
  position?: number;
  objectivesFr: string;
  objectivesEn: string;
  hoursBudget: number;
  daysBudget: number;
}

export interface Course {
  id: string;
  slug: string;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
  descriptionFr: string;
  descriptionEn: string;
  format: CourseFormat;
  status: CourseStatus;
  licence: string;
  minAttendancePercent: number;
  requireAcceptedPrototype: boolean;
  phases: CoursePhase[];
  trainerIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface CourseModule {
  id: string;
  courseId: string;
  phase: Phase;
  position: number;
  titleFr: string;
  titleEn: string;
  summaryFr: string;
  summaryEn: string;
}

export interface CourseResource {
  id: string;
  moduleId: string;
  position: number;
  kind: ResourceKind;
  title: string;
  description: string;
  language: string;
  licence: string;
  url: string | null;
  body: string | null;
  fileName: string | null;
}

export interface CivicTech {
  id: string;
  slug: string;
  name: string;
  descriptionFr: string;
  descriptionEn: string;
  licence: string;
  repositoryUrl: string;
  websiteUrl: string | null;
  categories: CivicTechCategory[];
  languages: string[];
  maintainer: string;
  lastCheckedOn: string | null;
}

export interface Cohort {
  id: string;
  courseId: string;
  name: string;
  language: Locale;
  venue: string | null;
  online: boolean;
  onlineUrl: string | null;
  timeZone: string;
  capacity: number;
  enrolledSeats: number;
  status: CohortStatus;
  startsOn: string | null;
  endsOn: string | null;
  trainerIds: string[];
}

export interface PairMember {
  id: string;
  displayName: string;
  email: string | null;
  position: string | null;
  kind: ParticipantKind;
}

export interface Pair {
  id: string;
  cohortId: string;
  territoryId: string;
  territoryName: string;
  status: PairStatus;
  waitlistRank: number | null;
  political: PairMember;
  technical: PairMember;
}

/** A session; `date`, `startTime` and `endTime` are local to `timeZone` (the cohort's). */
export interface Session {
  id: string;
  cohortId: string;
  phase: Phase;
  dayCount: number;
  timeZone: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string | null;
  onlineUrl: string | null;
  /** Every day of the session, UTC instants (a deep session has three). */
  days: { dayIndex: number; startsAt: string; endsAt: string }[];
}

export interface PhaseRate {
  phase: Phase;
  days: number;
  present: number;
  absent: number;
  excused: number;
  /** present ÷ days, 0–1 */
  rate: number;
}

export interface ParticipantRates {
  participantId: string;
  displayName: string;
  phases: PhaseRate[];
}

export interface Attendance {
  id: string;
  sessionId: string;
  phase: Phase;
  participantId: string;
  dayIndex: number;
  status: AttendanceStatus;
  note: string | null;
}
