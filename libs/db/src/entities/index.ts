export * from './enums';
export * from './timestamps';
export * from './territory.entity';
export * from './user.entity';
export * from './audit-log.entity';
export * from './course.entity';
export * from './course-phase.entity';
export * from './course-trainer.entity';

import { AuditLogEntity } from './audit-log.entity';
import { CourseEntity } from './course.entity';
import { CoursePhaseEntity } from './course-phase.entity';
import { CourseTrainerEntity } from './course-trainer.entity';
import { TerritoryEntity } from './territory.entity';
import { UserEntity } from './user.entity';

/** Every entity of the schema; the data source and the tests use this list. */
export const ENTITIES = [
  TerritoryEntity,
  UserEntity,
  AuditLogEntity,
  CourseEntity,
  CoursePhaseEntity,
  CourseTrainerEntity,
];
