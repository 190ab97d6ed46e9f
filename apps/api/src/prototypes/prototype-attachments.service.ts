import { Inject, Injectable, Logger } from '@nestjs/common';
import { PrototypeEntity } from '@apprenance/db';
import { isEditable } from '@apprenance/domain';
import { Storage, STORAGE, StorageNotFoundError } from '@apprenance/storage';
import { createHash, randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { TransactionRunner } from '../common/database/transaction';
import type { FileDownload, UploadedFileData } from '../courses/course-resources.service';
import { safeFileName } from '../courses/course-resources.service';
import { emptyUpload, fileMismatch, unsupportedFile } from '../courses/courses.errors';
import { deleteFiles } from '../courses/files';
import { AcceptedType, checkUpload } from '../storage/content-type';
import { AttachmentDto } from './dto/prototype.dto';
import { PrototypeAccess } from './prototype-access';
import { toAttachmentDto } from './prototype.mapper';
import { attachmentNotFound, attachmentType, notEditable } from './prototypes.errors';
import { PrototypesRepository } from './prototypes.repository';

/** What a prototype may carry: slides, PDFs and images. */
const ATTACHABLE: AcceptedType[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

/** Files of a prototype, sniffed like course material and kept through the storage interface. */
@Injectable()
export class PrototypeAttachmentsService {
  private readonly logger = new Logger(PrototypeAttachmentsService.name);

  constructor(
    private readonly prototypes: PrototypesRepository,
    private readonly access: PrototypeAccess,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  /**
   * Checks everything that can be refused before the file is written, then stores it and its
   * row; if the row cannot be written, the file is deleted again.
   */
  async upload(
    actor: AuthUser,
    id: string,
    file: UploadedFileData | undefined,
  ): Promise<AttachmentDto> {
    const prototype = await this.access.asMember(actor, id);
    if (!isEditable(prototype.status)) throw notEditable(prototype.status);
    if (!file || file.size === 0) throw emptyUpload();
    const check = checkUpload(file.buffer, file.mimetype, file.originalname);
    if (!check.ok) {
      throw check.reason === 'unsupported'
        ? unsupportedFile(check.detail)
        : fileMismatch(check.detail);
    }
    if (!ATTACHABLE.includes(check.contentType)) throw attachmentType(check.contentType);
    const key = `prototypes/${id}/${randomUUID()}`;
    await this.storage.put(key, file.buffer, check.contentType);
    try {
      return await this.tx.run(async (tx) => {
        const locked = (await this.prototypes.findForUpdate(tx, id)) as PrototypeEntity;
        if (!isEditable(locked.status)) throw notEditable(locked.status);
        const attachment = await this.prototypes.insertAttachment(tx, {
          prototypeId: id,
          fileKey: key,
          fileName: safeFileName(file.originalname, check.contentType),
          contentType: check.contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          uploadedBy: actor.id,
        });
        const dto = toAttachmentDto(attachment);
        await this.audit.record(tx, actor, {
          action: 'prototype.attach',
          entityType: 'prototype',
          entityId: id,
          changes: { attachment: dto },
        });
        return dto;
      });
    } catch (error) {
      await deleteFiles(this.storage, [key], this.logger);
      throw error;
    }
  }

  /** Whoever reads the draft downloads its files; peers of the cohort those of a frozen version. */
  async download(actor: AuthUser, id: string, attachmentId: string): Promise<FileDownload> {
    const prototype = await this.access.versionsReadable(actor, id);
    const attachment = await this.prototypes.findAttachment(prototype.id, attachmentId);
    if (!attachment) throw attachmentNotFound(attachmentId);
    if (!(await this.mayReadDraft(actor, id))) {
      if (!(await this.prototypes.isInAVersion(id, attachmentId))) {
        throw attachmentNotFound(attachmentId);
      }
    }
    try {
      return {
        stream: await this.storage.stream(attachment.fileKey),
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        size: attachment.sizeBytes,
      };
    } catch (error) {
      if (error instanceof StorageNotFoundError) throw attachmentNotFound(attachmentId);
      throw error;
    }
  }

  private async mayReadDraft(actor: AuthUser, id: string): Promise<boolean> {
    return this.access.readable(actor, id).then(
      () => true,
      () => false,
    );
  }
}
