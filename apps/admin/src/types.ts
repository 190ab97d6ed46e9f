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
export {
  CANVAS_CONDITIONS,
  LIFE_STAGES,
  PROTOTYPE_STATUSES,
  WOULD_USE,
} from '../../../libs/db/src/entities/prototype-enums';
export type {
  CanvasCondition,
  LifeStage,
  PrototypeStatus,
  TrainerTarget,
  WouldUse,
} from '../../../libs/db/src/entities/prototype-enums';
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

// Prototypes, civic-tech test logs and peer review (issue 9)
import type {
  CanvasCondition,
  LifeStage,
  PrototypeStatus,
} from '../../../libs/db/src/entities/prototype-enums';

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

export interface PrototypeContent {
  title: string;
  problem: string;
  targetPublic: string;
  civicTechs: { civicTechId: string; adaptation: string }[];
  lifeStage: LifeStage | null;
  conditions: Record<CanvasCondition, string>;
  risks: string;
  firstSteps: string;
  attachments: Attachment[];
}

export interface Prototype extends PrototypeContent {
  id: string;
  cohortId: string;
  pairId: string;
  pairLabel: string;
  status: PrototypeStatus;
  currentVersion: number;
}

export interface PrototypeVersion {
  id: number;
  number: number;
  authorName: string;
  createdAt: string;
  content: PrototypeContent;
}

export interface PrototypeEvent {
  id: string;
  from: PrototypeStatus;
  to: PrototypeStatus;
  versionNumber: number;
  comment: string;
  actorName: string | null;
  createdAt: string;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface CriterionScore {
  criterionId: string;
  labelFr: string;
  labelEn: string;
  score: number;
}

export interface PeerReview {
  id: string;
  cohortId: string;
  prototypeId: string;
  authorPairLabel: string;
  reviewerPairLabel: string | null;
  writerName: string | null;
  versionNumber: number;
  strengths: string | null;
  questions: string | null;
  suggestions: string | null;
  scores: CriterionScore[] | null;
  submittedAt: string | null;
}

export interface ReviewCriterion {
  id: string;
  position: number;
  labelFr: string;
  labelEn: string;
}

export interface ReviewSummary {
  id: string;
  authorPairLabel: string;
  allocated: number;
  submitted: number;
  criteria: (Omit<CriterionScore, 'score'> & {
    count: number;
    min: number;
    max: number;
    mean: number;
  })[];
  pending: { reviewId: string; reviewerPairLabel: string }[];
}

export interface TestLogAggregate {
  id: string;
  pairs: number;
  tests: number;
  meanFit: number;
  wouldUse: { yes: number; no: number; maybe: number };
}

/** A notification in the person's inbox, worded in the language asked for. */
export interface InboxItem {
  id: string;
  template: string;
  category: string;
  subject: string;
  text: string;
  /** The web app route it concerns, e.g. `/#/cohorts/…/show`. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export type MessageStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/** A message's email delivery, as admins follow it. */
export interface Message {
  id: string;
  recipientId: string;
  template: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
