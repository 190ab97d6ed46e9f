import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CourseModuleEntity, CoursePhaseEntity, CourseResourceEntity, Phase } from '@apprenance/db';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { likePattern } from '../common/database/pg-errors';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { CourseModuleListQueryDto, ModuleRow } from './dto/course-module.dto';
import { CourseResourceListQueryDto } from './dto/course-resource.dto';

const MODULE_SORTABLE = {
  position: 'm.position',
  titleFr: 'm.titleFr',
  titleEn: 'm.titleEn',
  createdAt: 'm.createdAt',
} as const;

const RESOURCE_SORTABLE = {
  position: 'r.position',
  title: 'r.title',
  kind: 'r.kind',
  createdAt: 'r.createdAt',
} as const;

export type NewModule = Pick<
  CourseModuleEntity,
  'phaseId' | 'position' | 'titleFr' | 'titleEn' | 'summaryFr' | 'summaryEn'
>;
export type NewResource = Omit<CourseResourceEntity, 'id' | 'createdAt' | 'updatedAt' | 'module'>;

/** A resource with the course it belongs to. */
export type ResourceRow = CourseResourceEntity & { courseId: string };

/** Modules and resources: the course material, reached through a course's phases. */
@Injectable()
export class CourseContentRepository {
  constructor(
    @InjectRepository(CourseModuleEntity)
    private readonly modules: Repository<CourseModuleEntity>,
    @InjectRepository(CourseResourceEntity)
    private readonly resources: Repository<CourseResourceEntity>,
  ) {}

  /** The phase row of a course, locked so that appends to it happen one at a time. */
  findPhaseForUpdate(tx: Tx, courseId: string, phase: Phase): Promise<CoursePhaseEntity | null> {
    return tx
      .getRepository(CoursePhaseEntity)
      .findOne({ where: { courseId, phase }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks a phase row: module positions in it then change one transaction at a time. */
  async lockPhase(tx: Tx, phaseId: string): Promise<void> {
    await tx
      .getRepository(CoursePhaseEntity)
      .findOne({ where: { id: phaseId }, lock: { mode: 'pessimistic_write' } });
  }

  async findModule(id: string, tx?: Tx): Promise<ModuleRow | null> {
    const rows = await this.moduleQuery(tx).where('m.id = :id', { id }).getRawAndEntities();
    return withPhase(rows.entities, rows.raw)[0] ?? null;
  }

  async lockModule(tx: Tx, id: string): Promise<ModuleRow | null> {
    const rows = await this.moduleQuery(tx)
      .where('m.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['m'])
      .getRawAndEntities();
    return withPhase(rows.entities, rows.raw)[0] ?? null;
  }

  async listModules(query: CourseModuleListQueryDto, only?: string[]): Promise<Page<ModuleRow>> {
    const { skip, take } = pageWindow(query);
    const builder = this.moduleQuery();
    if (only) builder.andWhere('p.course_id = ANY(:only)', { only });
    if (query.id?.length) builder.andWhere('m.id IN (:...ids)', { ids: query.id });
    if (query.courseId) builder.andWhere('p.course_id = :courseId', { courseId: query.courseId });
    if (query.phase) builder.andWhere('p.phase = :phase', { phase: query.phase });
    if (query.q) {
      builder.andWhere('(m.titleFr ILIKE :q OR m.titleEn ILIKE :q)', { q: likePattern(query.q) });
    }
    if (query._sort) {
      builder.orderBy(sortColumn(query._sort, MODULE_SORTABLE, 'position'), query._order);
    } else {
      builder.orderBy('p.course_id').addOrderBy('p.position').addOrderBy('m.position');
    }
    const total = await builder.getCount();
    const rows = await builder.addOrderBy('m.id').offset(skip).limit(take).getRawAndEntities();
    return new Page(withPhase(rows.entities, rows.raw), total, skip);
  }

  /** Every module of these courses, in phase and module order (for the public commons). */
  async modulesOfCourses(courseIds: string[]): Promise<ModuleRow[]> {
    if (!courseIds.length) return [];
    const rows = await this.moduleQuery()
      .where('p.course_id = ANY(:courseIds)', { courseIds })
      .orderBy('p.position')
      .addOrderBy('m.position')
      .getRawAndEntities();
    return withPhase(rows.entities, rows.raw);
  }

  /** Module ids of a phase in their order. */
  async moduleIdsOfPhase(tx: Tx, phaseId: string): Promise<string[]> {
    const rows = await tx.getRepository(CourseModuleEntity).find({
      select: { id: true },
      where: { phaseId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  insertModule(tx: Tx, module: NewModule): Promise<CourseModuleEntity> {
    return tx.getRepository(CourseModuleEntity).save(tx.create(CourseModuleEntity, module));
  }

  saveModule(tx: Tx, module: CourseModuleEntity): Promise<CourseModuleEntity> {
    return tx.getRepository(CourseModuleEntity).save(module);
  }

  async setModulePositions(tx: Tx, positions: Map<string, number>): Promise<void> {
    for (const [id, position] of positions) {
      await tx.getRepository(CourseModuleEntity).update({ id }, { position });
    }
  }

  async removeModule(tx: Tx, id: string): Promise<void> {
    await tx.delete(CourseModuleEntity, { id });
  }

  async fileKeysOfModule(tx: Tx, moduleId: string): Promise<string[]> {
    const rows = await tx.getRepository(CourseResourceEntity).find({
      select: { fileKey: true },
      where: { moduleId },
    });
    return rows.flatMap((row) => (row.fileKey ? [row.fileKey] : []));
  }

  async findResource(id: string, tx?: Tx): Promise<ResourceRow | null> {
    const rows = await this.resourceQuery(tx).where('r.id = :id', { id }).getRawAndEntities();
    return withCourse(rows.entities, rows.raw)[0] ?? null;
  }

  async lockResource(tx: Tx, id: string): Promise<ResourceRow | null> {
    const rows = await this.resourceQuery(tx)
      .where('r.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['r'])
      .getRawAndEntities();
    return withCourse(rows.entities, rows.raw)[0] ?? null;
  }

  async listResources(
    query: CourseResourceListQueryDto,
    only?: string[],
  ): Promise<Page<ResourceRow>> {
    const { skip, take } = pageWindow(query);
    const builder = this.resourceQuery();
    if (only) builder.andWhere('p.course_id = ANY(:only)', { only });
    if (query.id?.length) builder.andWhere('r.id IN (:...ids)', { ids: query.id });
    if (query.moduleId) builder.andWhere('r.moduleId = :moduleId', { moduleId: query.moduleId });
    if (query.courseId) builder.andWhere('p.course_id = :courseId', { courseId: query.courseId });
    if (query.kind) builder.andWhere('r.kind = :kind', { kind: query.kind });
    if (query._sort) {
      builder.orderBy(sortColumn(query._sort, RESOURCE_SORTABLE, 'position'), query._order);
    } else {
      builder.orderBy('p.position').addOrderBy('m.position').addOrderBy('r.position');
    }
    const total = await builder.getCount();
    const rows = await builder.addOrderBy('r.id').offset(skip).limit(take).getRawAndEntities();
    return new Page(withCourse(rows.entities, rows.raw), total, skip);
  }

  /** Every resource of these modules, in order (for the public commons). */
  async resourcesOfModules(moduleIds: string[]): Promise<CourseResourceEntity[]> {
    if (!moduleIds.length) return [];
    return this.resources
      .createQueryBuilder('r')
      .where('r.module_id = ANY(:moduleIds)', { moduleIds })
      .orderBy('r.position')
      .getMany();
  }

  async resourceIdsOfModule(tx: Tx, moduleId: string): Promise<string[]> {
    const rows = await tx.getRepository(CourseResourceEntity).find({
      select: { id: true },
      where: { moduleId },
      order: { position: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  insertResource(tx: Tx, resource: NewResource): Promise<CourseResourceEntity> {
    return tx.getRepository(CourseResourceEntity).save(tx.create(CourseResourceEntity, resource));
  }

  saveResource(tx: Tx, resource: CourseResourceEntity): Promise<CourseResourceEntity> {
    return tx.getRepository(CourseResourceEntity).save(resource);
  }

  async setResourcePositions(tx: Tx, positions: Map<string, number>): Promise<void> {
    for (const [id, position] of positions) {
      await tx.getRepository(CourseResourceEntity).update({ id }, { position });
    }
  }

  async removeResource(tx: Tx, id: string): Promise<void> {
    await tx.delete(CourseResourceEntity, { id });
  }

  private moduleQuery(tx?: Tx): SelectQueryBuilder<CourseModuleEntity> {
    return (tx?.getRepository(CourseModuleEntity) ?? this.modules)
      .createQueryBuilder('m')
      .innerJoin(CoursePhaseEntity, 'p', 'p.id = m.phase_id')
      .addSelect(['p.course_id AS "courseId"', 'p.phase AS "phaseName"']);
  }

  private resourceQuery(tx?: Tx): SelectQueryBuilder<CourseResourceEntity> {
    return (tx?.getRepository(CourseResourceEntity) ?? this.resources)
      .createQueryBuilder('r')
      .innerJoin(CourseModuleEntity, 'm', 'm.id = r.module_id')
      .innerJoin(CoursePhaseEntity, 'p', 'p.id = m.phase_id')
      .addSelect('p.course_id AS "courseId"');
  }
}

function withPhase(
  entities: CourseModuleEntity[],
  raw: { m_id: string; courseId: string; phaseName: Phase }[],
): ModuleRow[] {
  const byId = new Map(raw.map((row) => [row.m_id, row]));
  return entities.map((module) => {
    const row = byId.get(module.id)!;
    return Object.assign(module, { courseId: row.courseId, phaseName: row.phaseName });
  });
}

function withCourse(
  entities: CourseResourceEntity[],
  raw: { r_id: string; courseId: string }[],
): ResourceRow[] {
  const byId = new Map(raw.map((row) => [row.r_id, row]));
  return entities.map((resource) =>
    Object.assign(resource, { courseId: byId.get(resource.id)!.courseId }),
  );
}
