import { Inject, Injectable } from '@nestjs/common';
import { CertificateEntity } from '@apprenance/db';
import { Storage, STORAGE, StorageNotFoundError } from '@apprenance/storage';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { AuthUser } from '../common/auth/auth-user';
import { ListQueryDto } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { CohortAccess } from '../cohorts/cohort-access';
import { batchNotFound, certificateNotFound, fileMissing } from './certificates.errors';
import { CertificatesRepository } from './certificates.repository';
import { BatchDto, CertificateDto, toCertificateDto } from './dto/certificate.dto';

export interface CertificateFile {
  stream: Readable;
  fileName: string;
}

/** A file name that says whose certificate it is, safe in a ZIP and in a header. */
export function certificateFileName(certificate: CertificateEntity): string {
  const name = certificate.participantName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `certificate-${certificate.code}${name ? `-${name}` : ''}.pdf`;
}

/**
 * Reading certificates: a cohort's list and batch progress (its trainers and admins), one
 * PDF (a participant only their own) and a cohort's ZIP, streamed one file after another.
 */
@Injectable()
export class CertificateFilesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly cohorts: CohortAccess,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async list(
    actor: AuthUser,
    cohortId: string,
    query: ListQueryDto,
  ): Promise<Page<CertificateDto>> {
    await this.cohorts.manageable(actor, cohortId);
    return (await this.certificates.list(cohortId, query)).map(toCertificateDto);
  }

  async mine(actor: AuthUser): Promise<CertificateDto[]> {
    return (await this.certificates.ofParticipant(actor.id)).map(toCertificateDto);
  }

  async batch(actor: AuthUser, id: string): Promise<BatchDto> {
    const found = await this.certificates.batchCounts(id);
    if (!found || !(await this.cohorts.visible(actor, found.batch.cohortId))) {
      throw batchNotFound(id);
    }
    const { batch, counts } = found;
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      id: batch.id,
      cohortId: batch.cohortId,
      createdAt: batch.createdAt,
      total,
      counts,
      complete: counts.pending === 0,
    };
  }

  /** Participants download their own issued certificate; staff any certificate with a file. */
  async pdf(actor: AuthUser, id: string): Promise<CertificateFile> {
    const certificate = await this.certificates.findById(id);
    if (!certificate || !(await this.mayRead(actor, certificate))) throw certificateNotFound(id);
    if (certificate.status === 'pending' || !certificate.storageKey) throw fileMissing(id);
    try {
      return {
        stream: await this.storage.stream(certificate.storageKey),
        fileName: certificateFileName(certificate),
      };
    } catch (error) {
      if (error instanceof StorageNotFoundError) throw fileMissing(id);
      throw error;
    }
  }

  /**
   * The cohort's issued certificates as one ZIP. Each file is opened only when the archive
   * reaches it, so memory holds one file's chunks at a time, whatever the cohort's size.
   */
  async zip(actor: AuthUser, cohortId: string): Promise<Readable> {
    await this.cohorts.manageable(actor, cohortId);
    const issued = await this.certificates.issuedInCohort(cohortId);
    const zip = new ZipFile();
    for (const certificate of issued) {
      zip.addReadStreamLazy(
        certificateFileName(certificate),
        { compress: false, mtime: certificate.issuedAt ?? undefined },
        (done) =>
          this.storage.stream(certificate.storageKey!).then(
            (stream) => done(null, stream),
            (error: Error) => done(error, undefined as never),
          ),
      );
    }
    zip.end();
    return zip.outputStream as Readable;
  }

  private async mayRead(actor: AuthUser, certificate: CertificateEntity): Promise<boolean> {
    if (actor.role === 'participant') {
      return certificate.participantId === actor.id && certificate.status === 'issued';
    }
    return (await this.cohorts.visible(actor, certificate.cohortId)) !== null;
  }
}
