export * from './enums';
export * from './timestamps';
export * from './territory.entity';
export * from './user.entity';
export * from './audit-log.entity';
export * from './course.entity';
export * from './course-phase.entity';
export * from './course-trainer.entity';
export * from './course-module.entity';
export * from './course-resource.entity';
export * from './civic-tech.entity';
export * from './cohort-enums';
export * from './cohort.entity';
export * from './cohort-trainer.entity';
export * from './cohort-pair.entity';
export * from './cohort-session.entity';
export * from './attendance.entity';
export * from './calendar-token.entity';
export * from './notification-outbox.entity';
export * from './job-outbox.entity';
export * from './prototype-enums';
export * from './course-review-criterion.entity';
export * from './civic-tech-test.entity';
export * from './prototype.entity';
export * from './prototype-version.entity';
export * from './prototype-attachment.entity';
export * from './prototype-event.entity';
export * from './peer-review-round.entity';
export * from './peer-review.entity';
export * from './account-token.entity';
export * from './assessment-enums';
export * from './assessment.entity';
export * from './assessment-criterion.entity';
export * from './certificate-enums';
export * from './certificate-batch.entity';
export * from './certificate.entity';
export * from './impact-enums';
export * from './conviction-answer.entity';
export * from './strategy-follow-up.entity';
export * from './impact-publication.entity';

import { AccountTokenEntity } from './account-token.entity';
import { CertificateBatchEntity } from './certificate-batch.entity';
import { CertificateEntity } from './certificate.entity';
import { AttendanceEntity } from './attendance.entity';
import { AuditLogEntity } from './audit-log.entity';
import { CivicTechEntity } from './civic-tech.entity';
import { CourseModuleEntity } from './course-module.entity';
import { CourseResourceEntity } from './course-resource.entity';
import { CalendarTokenEntity } from './calendar-token.entity';
import { CohortEntity } from './cohort.entity';
import { CohortPairEntity } from './cohort-pair.entity';
import { CohortSessionEntity } from './cohort-session.entity';
import { CohortTrainerEntity } from './cohort-trainer.entity';
import { CourseEntity } from './course.entity';
import { CoursePhaseEntity } from './course-phase.entity';
import { CourseTrainerEntity } from './course-trainer.entity';
import { JobOutboxEntity } from './job-outbox.entity';
import { NotificationOutboxEntity } from './notification-outbox.entity';
import { TerritoryEntity } from './territory.entity';
import { UserEntity } from './user.entity';
import { CourseReviewCriterionEntity } from './course-review-criterion.entity';
import { CivicTechTestEntity } from './civic-tech-test.entity';
import { PrototypeEntity } from './prototype.entity';
import { PrototypeVersionEntity } from './prototype-version.entity';
import { PrototypeAttachmentEntity } from './prototype-attachment.entity';
import { PrototypeEventEntity } from './prototype-event.entity';
import { PeerReviewRoundEntity } from './peer-review-round.entity';
import { PeerReviewEntity } from './peer-review.entity';
import { AssessmentEntity } from './assessment.entity';
import { AssessmentCriterionEntity } from './assessment-criterion.entity';
import { ConvictionAnswerEntity } from './conviction-answer.entity';
import { FollowUpCivicTechEntity, StrategyFollowUpEntity } from './strategy-follow-up.entity';
import { ImpactPublicationEntity } from './impact-publication.entity';

/** Every entity of the schema; the data source and the tests use this list. */
export const ENTITIES = [
  TerritoryEntity,
  UserEntity,
  AuditLogEntity,
  CourseEntity,
  CoursePhaseEntity,
  CourseTrainerEntity,
  CourseModuleEntity,
  CourseResourceEntity,
  CivicTechEntity,
  CohortEntity,
  CohortTrainerEntity,
  CohortPairEntity,
  CohortSessionEntity,
  AttendanceEntity,
  CalendarTokenEntity,
  NotificationOutboxEntity,
  JobOutboxEntity,
  // Prototypes and peer review (issue 9)
  CourseReviewCriterionEntity,
  CivicTechTestEntity,
  PrototypeEntity,
  PrototypeVersionEntity,
  PrototypeAttachmentEntity,
  PrototypeEventEntity,
  PeerReviewRoundEntity,
  PeerReviewEntity,
  AccountTokenEntity,
  // Trainer assessment (issue 10)
  AssessmentEntity,
  AssessmentCriterionEntity,
  // Certificates (issue 12)
  CertificateBatchEntity,
  CertificateEntity,
  // Conviction, follow-ups and the impact dashboard (issue 10)
  ConvictionAnswerEntity,
  StrategyFollowUpEntity,
  FollowUpCivicTechEntity,
  ImpactPublicationEntity,
];
