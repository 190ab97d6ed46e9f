import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CourseEntity,
  CoursePhaseEntity,
  CourseResourceEntity,
  CourseTrainerEntity,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { matchesText, textRank } from '../common/database/full-text';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { PhasePlan } from './course-phases';
import { CourseListQueryDto } from './dto/course.dto';

const SORTABLE = {
  titleFr: 'c.titleFr',
  titleEn: 'c.titleEn',
  slug: 'c.slug',
  format: 'c.format',
  status: 'c.status',
  createdAt: 'c.createdAt',
  updatedAt: 'c.updatedAt',
} as const;

export type NewCourse = Omit<
  CourseEntity,
  'id' | 'createdAt' | 'updatedAt' | 'phases' | 'searchVector'
>;

/** A course with its phases and trainers, as the services read it. */
export interface CourseAggregate {
  course: CourseEntity;
  phases: CoursePhaseEntity[];
  trainerIds: string[];
}

@Injectable()
export class CoursesRepository {
  constructor(@InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>) {}

  private repo(tx?: Tx): Repository<CourseEntity> {
    return tx?.getRepository(CourseEntity) ?? this.courses;
  }

  findById(id: string, tx?: Tx): Promise<CourseEntity | null> {
    return this.repo(tx).findOneBy({ id });
  }

  findBySlug(slug: string): Promise<CourseEntity | null> {
    return this.courses.findOneBy({ slug });
  }

  /** Every published course, by French title (for the open-data export). */
  published(): Promise<CourseEntity[]> {
    return this.courses.find({
      where: { status: 'published' },
      order: { titleFr: 'ASC', id: 'ASC' },
    });
  }

  /** Locks the course so that concurrent edits apply one after the other. */
  findForUpdate(tx: Tx, id: string): Promise<CourseEntity | null> {
    return tx
      .getRepository(CourseEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Courses matching the query; `only` restricts them to these ids (a participant's courses). */
  async list(query: CourseListQueryDto, only?: string[]): Promise<Page<CourseEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.courses.createQueryBuilder('c');
    if (only) builder.andWhere('c.id = ANY(:only)', { only });
    if (query.id?.length) builder.andWhere('c.id IN (:...ids)', { ids: query.id });
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.format) builder.andWhere('c.format = :format', { format: query.format });
    if (query.trainerId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM course_trainers ct WHERE ct.course_id = c.id AND ct.trainer_id = :trainerId)',
        { trainerId: query.trainerId },
      );
    }
    if (query.q) {
      builder.andWhere(matchesText('c'), { q: query.q });
      if (!query._sort) builder.orderBy(textRank('c'), 'DESC');
    }
    if (!query.q || query._sort) {
      builder.orderBy(sortColumn(query._sort, SORTABLE, 'titleFr'), query._order);
    }
    builder.addOrderBy('c.id').skip(skip).take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  async aggregates(courses: CourseEntity[], tx?: Tx): Promise<CourseAggregate[]> {
    const ids = courses.map((course) => course.id);
    if (!ids.length) return [];
    const manager = tx ?? this.courses.manager;
    const [phases, trainers] = await Promise.all([
      manager.getRepository(CoursePhaseEntity).find({
        where: { courseId: In(ids) },
        order: { position: 'ASC' },
      }),
      manager.getRepository(CourseTrainerEntity).find({ where: { courseId: In(ids) } }),
    ]);
    return courses.map((course) => ({
      course,
      phases: phases.filter((phase) => phase.courseId === course.id),
      trainerIds: trainers.filter((t) => t.courseId === course.id).map((t) => t.trainerId),
    }));
  }

  insert(tx: Tx, course: NewCourse): Promise<CourseEntity> {
    return tx.getRepository(CourseEntity).save(tx.create(CourseEntity, course));
  }

  save(tx: Tx, course: CourseEntity): Promise<CourseEntity> {
    return tx.getRepository(CourseEntity).save(course);
  }

  async insertPhases(tx: Tx, courseId: string, plans: PhasePlan[]): Promise<void> {
    await tx.getRepository(CoursePhaseEntity).insert(
      plans.map((plan) => ({
        courseId,
        phase: plan.phase,
        position: plan.position,
        objectivesFr: plan.objectivesFr,
        objectivesEn: plan.objectivesEn,
        hoursBudget: String(plan.hoursBudget),
        daysBudget: String(plan.daysBudget),
      })),
    );
  }

  /** Rewrites objectives and budgets in place, so modules keep their phase. */
  async updatePhases(tx: Tx, courseId: string, plans: PhasePlan[]): Promise<void> {
    for (const plan of plans) {
      await tx.getRepository(CoursePhaseEntity).update(
        { courseId, phase: plan.phase },
        {
          objectivesFr: plan.objectivesFr,
          objectivesEn: plan.objectivesEn,
          hoursBudget: String(plan.hoursBudget),
          daysBudget: String(plan.daysBudget),
        },
      );
    }
  }

  async setTrainers(tx: Tx, courseId: string, trainerIds: string[]): Promise<void> {
    await tx.getRepository(CourseTrainerEntity).delete({ courseId });
    if (trainerIds.length) {
      await tx
        .getRepository(CourseTrainerEntity)
        .insert(trainerIds.map((trainerId) => ({ courseId, trainerId })));
    }
  }

  /** The storage keys of every file of a course, to delete once its rows are gone. */
  async fileKeys(tx: Tx, courseId: string): Promise<string[]> {
    const rows = await tx
      .getRepository(CourseResourceEntity)
      .createQueryBuilder('r')
      .select('r.fileKey', 'key')
      .innerJoin('course_modules', 'm', 'm.id = r.module_id')
      .innerJoin('course_phases', 'p', 'p.id = m.phase_id')
      .where('p.course_id = :courseId', { courseId })
      .andWhere('r.file_key IS NOT NULL')
      .getRawMany<{ key: string }>();
    return rows.map((row) => row.key);
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.delete(CourseEntity, { id });
  }
}
