import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CourseResourceEntity } from '@apprenance/db';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/audit-diff';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { checkUpload } from '../storage/content-type';
import { Storage, STORAGE, StorageNotFoundError } from '@apprenance/storage';
import { CourseAccess } from './course-access';
import { CourseContentRepository, NewResource, ResourceRow } from './course-content.repository';
import { renumber } from './course-modules.service';
import * as errors from './courses.errors';
import { CoursesRepository } from './courses.repository';
import {
  CourseResourceDto,
  CourseResourceListQueryDto,
  CreateCourseResourceDto,
  ResourceFieldsDto,
  toCourseResourceDto,
  UpdateCourseResourceDto,
  UploadCourseResourceDto,
} from './dto/course-resource.dto';
import { RESOURCE_FIELDS } from './dto/course-fields';
import { deleteFiles } from './files';
import { moveTo } from './reorder';

const AUDITED = RESOURCE_FIELDS;

/** What an upload handler receives from multer (memory storage). */
export interface UploadedFileData {
  buffer: Buffer;
  size: number;
  mimetype: string;
  originalname: string;
}

export interface FileDownload {
  stream: Readable;
  fileName: string;
  contentType: string;
  size: number;
}

@Injectable()
export class CourseResourcesService {
  private readonly logger = new Logger(CourseResourcesService.name);

  constructor(
    private readonly content: CourseContentRepository,
    private readonly courses: CoursesRepository,
    private readonly access: CourseAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async list(user: AuthUser, query: CourseResourceListQueryDto): Promise<Page<CourseResourceDto>> {
    const only = await this.access.readableCourseIds(user);
    return (await this.content.listResources(query, only)).map(toCourseResourceDto);
  }

  async get(user: AuthUser, id: string): Promise<CourseResourceDto> {
    return toCourseResourceDto(await this.readable(user, id));
  }

  async download(user: AuthUser, id: string): Promise<FileDownload> {
    return this.openFile(await this.readable(user, id));
  }

  /** Streams the file of a resource; the caller has decided the reader may see it. */
  async openFile(resource: CourseResourceEntity): Promise<FileDownload> {
    if (resource.kind !== 'file' || !resource.fileKey) throw errors.resourceNotFound(resource.id);
    try {
      return {
        stream: await this.storage.stream(resource.fileKey),
        fileName: resource.fileName!,
        contentType: resource.contentType!,
        size: resource.sizeBytes!,
      };
    } catch (error) {
      if (error instanceof StorageNotFoundError) throw errors.fileMissing(resource.id);
      throw error;
    }
  }

  async create(actor: AuthUser, input: CreateCourseResourceDto): Promise<CourseResourceDto> {
    const kindFields =
      input.kind === 'link'
        ? { url: required(input.url, 'link', 'url'), body: null }
        : { body: required(input.body, 'text', 'body'), url: null };
    const misplaced = input.kind === 'link' ? input.body : input.url;
    if (misplaced !== undefined) {
      throw errors.fieldsOfOtherKind(input.kind, [input.kind === 'link' ? 'body' : 'url']);
    }
    return this.tx.run((tx) =>
      this.insert(tx, actor, input, {
        kind: input.kind,
        ...kindFields,
        fileKey: null,
        fileName: null,
        contentType: null,
        sizeBytes: null,
        sha256: null,
      }),
    );
  }

  /**
   * Stores an uploaded file, then its row. Everything that can be refused is checked before
   * the file is written; if the row cannot be written after all, the file is deleted, so
   * neither a row without its file nor a file without its row is left behind.
   */
  async upload(
    actor: AuthUser,
    input: UploadCourseResourceDto,
    file: UploadedFileData | undefined,
  ): Promise<CourseResourceDto> {
    if (!file || file.size === 0) throw errors.emptyUpload();
    const check = checkUpload(file.buffer, file.mimetype, file.originalname);
    if (!check.ok) {
      throw check.reason === 'unsupported'
        ? errors.unsupportedFile(check.detail)
        : errors.fileMismatch(check.detail);
    }
    const module = await this.content.findModule(input.moduleId);
    if (!module) throw errors.unknownModule();
    await this.access.assertCanEdit(actor, module.courseId);

    const key = `resources/${randomUUID()}`;
    await this.storage.put(key, file.buffer, check.contentType);
    try {
      return await this.tx.run((tx) =>
        this.insert(tx, actor, input, {
          kind: 'file',
          url: null,
          body: null,
          fileKey: key,
          fileName: safeFileName(file.originalname, check.contentType),
          contentType: check.contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
        }),
      );
    } catch (error) {
      await deleteFiles(this.storage, [key], this.logger);
      throw error;
    }
  }

  update(actor: AuthUser, id: string, input: UpdateCourseResourceDto): Promise<CourseResourceDto> {
    return this.tx.run(async (tx) => {
      const resource = await this.lockInOrder(tx, id);
      await this.access.assertCanEdit(actor, resource.courseId, tx);
      const before = { ...resource };
      const { position, ...fields } = input;
      const misplaced = (['url', 'body'] as const).filter(
        (field) => fields[field] !== undefined && resource[field] === null,
      );
      if (misplaced.length) throw errors.fieldsOfOtherKind(resource.kind, misplaced);
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(resource, { [key]: value });
      }
      if (position !== undefined) {
        const ids = await this.content.resourceIdsOfModule(tx, resource.moduleId);
        const moves = moveTo(ids, id, position);
        resource.position = moves.get(id) ?? resource.position;
        moves.delete(id);
        await this.content.setResourcePositions(tx, moves);
      }
      await this.content.saveResource(tx, resource);
      const after = await this.reload(tx, id);
      await this.record(tx, actor, 'course_resource.update', before, after);
      return toCourseResourceDto(after);
    });
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const key = await this.tx.run(async (tx) => {
      const resource = await this.lockInOrder(tx, id);
      await this.access.assertCanEdit(actor, resource.courseId, tx);
      await this.content.removeResource(tx, id);
      const remaining = await this.content.resourceIdsOfModule(tx, resource.moduleId);
      await this.content.setResourcePositions(tx, renumber(remaining));
      await this.record(tx, actor, 'course_resource.delete', resource, null);
      return resource.fileKey;
    });
    if (key) await deleteFiles(this.storage, [key], this.logger);
  }

  private async insert(
    tx: Tx,
    actor: AuthUser,
    input: ResourceFieldsDto,
    kindFields: Pick<
      NewResource,
      'kind' | 'url' | 'body' | 'fileKey' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256'
    >,
  ): Promise<CourseResourceDto> {
    const module = await this.content.lockModule(tx, input.moduleId);
    if (!module) throw errors.unknownModule();
    await this.access.assertCanEdit(actor, module.courseId, tx);
    const course = await this.courses.findById(module.courseId, tx);
    const siblings = await this.content.resourceIdsOfModule(tx, module.id);
    const position = Math.min(input.position ?? siblings.length + 1, siblings.length + 1);
    const shifted = moveTo([...siblings, 'new'], 'new', position);
    shifted.delete('new');
    await this.content.setResourcePositions(tx, shifted);
    const resource = await this.content.insertResource(tx, {
      moduleId: module.id,
      position,
      title: input.title,
      description: input.description ?? '',
      language: input.language,
      licence: input.licence ?? course!.licence,
      ...kindFields,
    });
    const created = await this.reload(tx, resource.id);
    await this.record(tx, actor, 'course_resource.create', null, created);
    return toCourseResourceDto(created);
  }

  private async readable(user: AuthUser, id: string): Promise<ResourceRow> {
    const resource = await this.content.findResource(id);
    if (!resource) throw errors.resourceNotFound(id);
    await this.access.assertCanRead(user, resource.courseId).catch(() => {
      throw errors.resourceNotFound(id);
    });
    return resource;
  }

  /** Locks the resource's module, then the resource: every writer takes them in this order. */
  private async lockInOrder(tx: Tx, id: string): Promise<ResourceRow> {
    const found = await this.content.findResource(id, tx);
    if (!found) throw errors.resourceNotFound(id);
    await this.content.lockModule(tx, found.moduleId);
    const resource = await this.content.lockResource(tx, id);
    if (!resource) throw errors.resourceNotFound(id);
    return resource;
  }

  private async reload(tx: Tx, id: string): Promise<ResourceRow> {
    const resource = await this.content.findResource(id, tx);
    if (!resource) throw errors.resourceNotFound(id);
    return resource;
  }

  private record(
    tx: Tx,
    actor: AuthUser,
    action: string,
    before: CourseResourceEntity | null,
    after: CourseResourceEntity | null,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'course_resource',
      entityId: (after ?? before)!.id,
      changes: diffFields(before, after, AUDITED),
    });
  }
}

function required(value: string | undefined, kind: string, field: string): string {
  if (value === undefined) throw errors.fieldRequired(kind, field);
  return value;
}

/** The uploaded name without directories or control characters; a default when none is left. */
export function safeFileName(name: string, contentType: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(-255);
  return base || `file.${contentType.split('/')[1]?.split('.').pop() ?? 'bin'}`;
}
