import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { getRepositoryToken } from '@nestjs/typeorm';
import { ENTITIES } from '@apprenance/db';
import { getMetadataArgsStorage } from 'typeorm';
import { FEATURE_MODULES } from './app.module';

/**
 * One owner per table: only the owning feature's folder reads or writes it, and only the
 * owning module registers it with TypeORM. Any other feature asks the owner through an
 * exported query (e.g. CohortMembership). The expected owners are written here, not read
 * from the code under test.
 */
const OWNERS: Record<string, string[]> = {
  users: ['UserEntity'],
  territories: ['TerritoryEntity'],
  audit: ['AuditLogEntity'],
  courses: [
    'CourseEntity',
    'CoursePhaseEntity',
    'CourseTrainerEntity',
    'CourseModuleEntity',
    'CourseResourceEntity',
    'CourseReviewCriterionEntity',
  ],
  'civic-techs': ['CivicTechEntity'],
  cohorts: ['CohortEntity', 'CohortTrainerEntity'],
  pairs: ['CohortPairEntity'],
  sessions: ['CohortSessionEntity', 'AttendanceEntity', 'CalendarTokenEntity'],
  notifications: ['NotificationOutboxEntity'],
  jobs: ['JobOutboxEntity'],
  // Prototypes, civic-tech test logs and peer review (issue 9)
  'test-logs': ['CivicTechTestEntity'],
  prototypes: [
    'PrototypeEntity',
    'PrototypeVersionEntity',
    'PrototypeAttachmentEntity',
    'PrototypeEventEntity',
  ],
  reviews: ['PeerReviewEntity', 'PeerReviewRoundEntity'],
  accounts: ['AccountTokenEntity'],
  // Trainer assessment (issue 10)
  assessment: ['AssessmentEntity', 'AssessmentCriterionEntity'],
  // Certificates (issue 12)
  certificates: ['CertificateBatchEntity', 'CertificateEntity'],
  // Conviction, follow-ups and the impact dashboard (issue 10)
  impact: [
    'ConvictionAnswerEntity',
    'StrategyFollowUpEntity',
    'FollowUpCivicTechEntity',
    'ImpactPublicationEntity',
  ],
};

const SRC = __dirname;
const tableOf = new Map(
  getMetadataArgsStorage().tables.map((table) => [(table.target as Type).name, table.name]),
);
const ownerOf = new Map(
  Object.entries(OWNERS).flatMap(([folder, entities]) => entities.map((e) => [e, folder])),
);
const ownerOfTable = new Map(
  [...ownerOf].map(([entity, folder]) => [tableOf.get(entity) as string, folder]),
);

/** Every module reachable from the feature modules, with the entities its forFeature registers. */
function registrations(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    const imports: (Type | DynamicModule)[] =
      Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? [];
    for (const imported of imports) {
      if ('module' in imported && imported.module.name === 'TypeOrmModule') {
        const tokens = (imported.providers ?? []).map((p) => (p as { provide: unknown }).provide);
        const entities = ENTITIES.filter((e) => tokens.includes(getRepositoryToken(e)));
        found.set(module.name, [...(found.get(module.name) ?? []), ...entities.map((e) => e.name)]);
      } else if (typeof imported === 'function') {
        visit(imported);
      }
    }
  };
  FEATURE_MODULES.forEach(visit);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !/spec\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Files that reach the database themselves (a repository, or a service that should not). */
const TOUCHES_DB =
  /getRepository\(|@InjectRepository\(|createQueryBuilder\(|\.query\(|\.delete\(\w+Entity/;

describe('table ownership', () => {
  it('lists an owner for every entity of the schema', () => {
    expect(ENTITIES.map((e) => e.name).sort()).toEqual([...ownerOf.keys()].sort());
  });

  it('registers each entity in one module only', () => {
    const registeredBy = new Map<string, string[]>();
    for (const [module, entities] of registrations()) {
      for (const entity of entities) {
        registeredBy.set(entity, [...(registeredBy.get(entity) ?? []), module]);
      }
    }
    const twice = [...registeredBy].filter(([, modules]) => modules.length > 1);
    expect(twice).toEqual([]);
  });

  it('registers each entity in a module of its owner', () => {
    expect(Object.fromEntries(registrations())).toEqual({
      UsersModule: ['UserEntity'],
      TerritoriesModule: ['TerritoryEntity'],
      AuditModule: ['AuditLogEntity'],
      CoursesModule: [
        'CourseEntity',
        'CoursePhaseEntity',
        'CourseTrainerEntity',
        'CourseModuleEntity',
        'CourseResourceEntity',
        'CourseReviewCriterionEntity',
      ],
      CivicTechsModule: ['CivicTechEntity'],
      CohortMembershipModule: ['CohortEntity', 'CohortTrainerEntity'],
      PairRecordsModule: ['CohortPairEntity'],
      SessionsModule: ['CohortSessionEntity', 'AttendanceEntity', 'CalendarTokenEntity'],
      // Prototypes, civic-tech test logs and peer review (issue 9)
      TestLogsModule: ['CivicTechTestEntity'],
      PrototypesModule: [
        'PrototypeEntity',
        'PrototypeVersionEntity',
        'PrototypeAttachmentEntity',
        'PrototypeEventEntity',
      ],
      ReviewsModule: ['PeerReviewRoundEntity', 'PeerReviewEntity'],
      NotificationsModule: ['NotificationOutboxEntity'],
      AccountTokensModule: ['AccountTokenEntity'],
      AssessmentModule: ['AssessmentEntity', 'AssessmentCriterionEntity'],
      CertificatesModule: ['CertificateBatchEntity', 'CertificateEntity'],
      ImpactModule: [
        'ConvictionAnswerEntity',
        'StrategyFollowUpEntity',
        'FollowUpCivicTechEntity',
        'ImpactPublicationEntity',
      ],
    });
  });

  it('lets only the owning folder name an entity or a table in its database code', () => {
    const strays: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      if (!TOUCHES_DB.test(text)) continue;
      const folder = path.relative(SRC, file).split(path.sep)[0];
      const entities = [...ownerOf.keys()].filter((e) => new RegExp(`\\b${e}\\b`).test(text));
      const tables = [...text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_]+)/gi)]
        .map((match) => match[1])
        .filter((table) => ownerOfTable.has(table));
      for (const entity of entities) {
        if (ownerOf.get(entity) !== folder) strays.push(`${folder}: ${entity}`);
      }
      for (const table of tables) {
        if (ownerOfTable.get(table) !== folder) strays.push(`${folder}: ${table}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
