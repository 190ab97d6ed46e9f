import {
  PrototypeAttachmentEntity,
  PrototypeEntity,
  PrototypeEventEntity,
  PrototypeVersionEntity,
} from '@apprenance/db';
import {
  AttachmentDto,
  PrototypeDto,
  PrototypeEventDto,
  PrototypeVersionDto,
} from './dto/prototype.dto';
import { AttachmentSnapshot, completeDraft, VersionContent } from './dto/prototype-content';

export function toAttachmentDto(attachment: PrototypeAttachmentEntity): AttachmentDto {
  const { id, fileName, contentType, sizeBytes, sha256 } = attachment;
  return { id, fileName, contentType, sizeBytes, sha256 };
}

export function toPrototypeDto(
  prototype: PrototypeEntity,
  attachments: PrototypeAttachmentEntity[],
  pairLabel: string,
): PrototypeDto {
  const { id, cohortId, pairId, status, currentVersion, createdAt, updatedAt } = prototype;
  return {
    id,
    cohortId,
    pairId,
    pairLabel,
    status,
    currentVersion,
    createdAt,
    updatedAt,
    ...completeDraft(prototype.draft),
    attachments: attachments.map(toAttachmentDto),
  };
}

/** The snapshot a version keeps: the draft as it is, with the attachments' fingerprints. */
export function versionContent(
  prototype: PrototypeEntity,
  attachments: PrototypeAttachmentEntity[],
): VersionContent {
  const snapshot: AttachmentSnapshot[] = attachments.map(toAttachmentDto);
  return { ...completeDraft(prototype.draft), attachments: snapshot };
}

export function toVersionDto(
  version: PrototypeVersionEntity,
  authorName: string,
): PrototypeVersionDto {
  const content = version.content as unknown as VersionContent;
  return {
    id: version.number,
    prototypeId: version.prototypeId,
    number: version.number,
    authorId: version.authorId,
    authorName,
    createdAt: version.createdAt,
    content: { ...completeDraft(content), attachments: content.attachments ?? [] },
  };
}

export function toEventDto(
  event: PrototypeEventEntity,
  actorName: string | null,
): PrototypeEventDto {
  return {
    id: event.id,
    from: event.fromStatus,
    to: event.toStatus,
    versionNumber: event.versionNumber,
    comment: event.comment,
    actorName,
    createdAt: event.createdAt,
  };
}
