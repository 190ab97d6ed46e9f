import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { Storage, STORAGE } from '@apprenance/storage';
import { CourseAccess } from './course-access';
import { CourseContentRepository } from './course-content.repository';
import * as errors from './courses.errors';
import { CoursesRepository } from './courses.repository';
import {
  CourseModuleDto,
  CourseModuleListQueryDto,
  CreateCourseModuleDto,
  ModuleRow,
  toCourseModuleDto,
  UpdateCourseModuleDto,
} from './dto/course-module.dto';
import { MODULE_FIELDS } from './dto/course-fields';
import { deleteFiles } from './files';
import { moveTo } from './reorder';

const AUDITED = ['courseId', 'phase', ...MODULE_FIELDS] as const;

@Injectable()
export class CourseModulesService {
  private readonly logger = new Logger(CourseModulesService.name);

  constructor(
    private readonly content: CourseContentRepository,
    private readonly courses: CoursesRepository,
    private readonly access: CourseAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async list(user: AuthUser, query: CourseModuleListQueryDto): Promise<Page<CourseModuleDto>> {
    const only = await this.access.readableCourseIds(user);
    return (await this.content.listModules(query, only)).map(toCourseModuleDto);
  }

  async get(user: AuthUser, id: string): Promise<CourseModuleDto> {
    const module = await this.content.findModule(id);
    if (!module) throw errors.moduleNotFound(id);
    await this.access.assertCanRead(user, module.courseId).catch(() => {
      throw errors.moduleNotFound(id);
    });
    return toCourseModuleDto(module);
  }

  create(actor: AuthUser, input: CreateCourseModuleDto): Promise<CourseModuleDto> {
    return this.tx.run(async (tx) => {
      if (!(await this.courses.findById(input.courseId, tx))) throw errors.unknownCourse();
      await this.access.assertCanEdit(actor, input.courseId, tx);
      const phase = await this.content.findPhaseForUpdate(tx, input.courseId, input.phase);
      if (!phase) throw errors.phaseNotInCourse(input.phase);
      const siblings = await this.content.moduleIdsOfPhase(tx, phase.id);
      const position = Math.min(input.position ?? siblings.length + 1, siblings.length + 1);
      const shifted = moveTo([...siblings, 'new'], 'new', position);
      shifted.delete('new');
      await this.content.setModulePositions(tx, shifted);
      const module = await this.content.insertModule(tx, {
        phaseId: phase.id,
        position,
        titleFr: input.titleFr,
        titleEn: input.titleEn,
        summaryFr: input.summaryFr ?? '',
        summaryEn: input.summaryEn ?? '',
      });
      const created = await this.reload(tx, module.id);
      await this.record(tx, actor, 'course_module.create', null, created);
      return toCourseModuleDto(created);
    });
  }

  update(actor: AuthUser, id: string, input: UpdateCourseModuleDto): Promise<CourseModuleDto> {
    return this.tx.run(async (tx) => {
      const module = await this.lockInOrder(tx, id);
      await this.access.assertCanEdit(actor, module.courseId, tx);
      const before = { ...module };
      const { position, ...fields } = input;
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(module, { [key]: value });
      }
      if (position !== undefined) {
        const moves = moveTo(await this.content.moduleIdsOfPhase(tx, module.phaseId), id, position);
        module.position = moves.get(id) ?? module.position;
        moves.delete(id);
        await this.content.setModulePositions(tx, moves);
      }
      await this.content.saveModule(tx, module);
      const after = await this.reload(tx, id);
      await this.record(tx, actor, 'course_module.update', before, after);
      return toCourseModuleDto(after);
    });
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const keys = await this.tx.run(async (tx) => {
      const module = await this.lockInOrder(tx, id);
      await this.access.assertCanEdit(actor, module.courseId, tx);
      const fileKeys = await this.content.fileKeysOfModule(tx, id);
      await this.content.removeModule(tx, id);
      const remaining = await this.content.moduleIdsOfPhase(tx, module.phaseId);
      await this.content.setModulePositions(tx, renumber(remaining));
      await this.record(tx, actor, 'course_module.delete', module, null);
      return fileKeys;
    });
    await deleteFiles(this.storage, keys, this.logger);
  }

  /** Locks the module's phase, then the module: every writer takes them in this order. */
  private async lockInOrder(tx: Tx, id: string): Promise<ModuleRow> {
    const found = await this.content.findModule(id, tx);
    if (!found) throw errors.moduleNotFound(id);
    await this.content.lockPhase(tx, found.phaseId);
    const module = await this.content.lockModule(tx, id);
    if (!module) throw errors.moduleNotFound(id);
    return module;
  }

  private async reload(tx: Tx, id: string): Promise<ModuleRow> {
    const module = await this.content.findModule(id, tx);
    if (!module) throw errors.moduleNotFound(id);
    return module;
  }

  private record(
    tx: Tx,
    actor: AuthUser,
    action: string,
    before: ModuleRow | null,
    after: ModuleRow | null,
  ): Promise<void> {
    const view = (row: ModuleRow | null) => (row ? { ...row, phase: row.phaseName } : null);
    return this.audit.record(tx, actor, {
      action,
      entityType: 'course_module',
      entityId: (after ?? before)!.id,
      changes: diffFields(view(before), view(after), AUDITED),
    });
  }
}

/** Positions 1…n for ids in their order: only those that change. */
export function renumber(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i + 1]));
}
