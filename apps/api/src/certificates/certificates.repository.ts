import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CERTIFICATE_STATUS_INDEX_SEQUENCE,
  CERTIFICATE_STATUSES,
  CertificateBatchEntity,
  CertificateEntity,
  CertificateStatus,
} from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { Tx } from '../common/database/transaction';
import { ListQueryDto, pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';

const SORTABLE = {
  participantName: 'c.participantName',
  status: 'c.status',
  issuedAt: 'c.issuedAt',
  createdAt: 'c.createdAt',
} as const;

/** The statuses of a valid certificate: at most one per participant and cohort. */
const VALID: CertificateStatus[] = ['pending', 'issued'];

/** A certificate to write `pending`, with its job. */
export interface NewCertificate {
  id: string;
  participantId: string;
  cohortId: string;
  batchId: string;
  participantName: string;
  code: string;
}

export interface BatchCounts {
  batch: CertificateBatchEntity;
  counts: Record<CertificateStatus, number>;
}

/** The only code that reads or writes certificates and certificate_batches. */
@Injectable()
export class CertificatesRepository {
  constructor(
    @InjectRepository(CertificateEntity)
    private readonly certificates: Repository<CertificateEntity>,
    @InjectRepository(CertificateBatchEntity)
    private readonly batches: Repository<CertificateBatchEntity>,
  ) {}

  insertBatch(tx: Tx, cohortId: string, requestedBy: string): Promise<CertificateBatchEntity> {
    return tx.getRepository(CertificateBatchEntity).save({ cohortId, requestedBy });
  }

  /** Writes pending certificates, each with the next status-list bit of the sequence. */
  async insertPending(tx: Tx, rows: NewCertificate[]): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(CertificateEntity)
      .values(
        rows.map((row) => ({
          ...row,
          statusIndex: () => `nextval('${CERTIFICATE_STATUS_INDEX_SEQUENCE}')`,
        })),
      )
      .execute();
  }

  /** Participants of the cohort who hold a valid certificate, locked against a concurrent issue. */
  async participantsWithValid(tx: Tx, cohortId: string): Promise<Set<string>> {
    const rows = await tx
      .getRepository(CertificateEntity)
      .find({ where: { cohortId, status: In(VALID) }, select: { participantId: true } });
    return new Set(rows.map((row) => row.participantId));
  }

  findById(id: string): Promise<CertificateEntity | null> {
    return this.certificates.findOneBy({ id });
  }

  findForUpdate(tx: Tx, id: string): Promise<CertificateEntity | null> {
    return tx
      .getRepository(CertificateEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCode(code: string): Promise<CertificateEntity | null> {
    return this.certificates.findOneBy({ code });
  }

  async list(cohortId: string, query: ListQueryDto): Promise<Page<CertificateEntity>> {
    const { skip, take } = pageWindow(query);
    const [items, total] = await this.certificates
      .createQueryBuilder('c')
      .where('c.cohortId = :cohortId', { cohortId })
      .orderBy(sortColumn(query._sort, SORTABLE, 'participantName'), query._order)
      .addOrderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return new Page(items, total, skip);
  }

  ofParticipant(participantId: string): Promise<CertificateEntity[]> {
    return this.certificates.find({
      where: { participantId, status: In(['issued', 'revoked', 'superseded']) },
      order: { createdAt: 'DESC' },
    });
  }

  /** The issued certificates of a cohort that have a file, for the ZIP. */
  issuedInCohort(cohortId: string): Promise<CertificateEntity[]> {
    return this.certificates.find({
      where: { cohortId, status: 'issued' },
      order: { participantName: 'ASC', id: 'ASC' },
    });
  }

  async batchCounts(id: string): Promise<BatchCounts | null> {
    const batch = await this.batches.findOneBy({ id });
    if (!batch) return null;
    const rows: { status: CertificateStatus; count: string }[] = await this.certificates
      .createQueryBuilder('c')
      .select('c.status', 'status')
      .addSelect('count(*)', 'count')
      .where('c.batchId = :id', { id })
      .groupBy('c.status')
      .getRawMany();
    const counts = Object.fromEntries(CERTIFICATE_STATUSES.map((s) => [s, 0])) as Record<
      CertificateStatus,
      number
    >;
    for (const row of rows) counts[row.status] = Number(row.count);
    return { batch, counts };
  }

  async revoke(tx: Tx, id: string, reason: string): Promise<void> {
    await tx
      .getRepository(CertificateEntity)
      .update({ id }, { status: 'revoked', revokedAt: () => 'now()', revocationReason: reason });
  }

  /** The successor is written in the same transaction; the foreign key is checked at commit. */
  async supersede(tx: Tx, id: string, successorId: string): Promise<void> {
    await tx
      .getRepository(CertificateEntity)
      .update({ id }, { status: 'superseded', supersededBy: successorId });
  }

  /** The certificate holding a status-list bit. */
  findByStatusIndex(statusIndex: number): Promise<CertificateEntity | null> {
    return this.certificates.findOneBy({ statusIndex });
  }

  /** Whether any certificate was given a bit of [from, to): the list exists. */
  async anyIndexIn(from: number, to: number): Promise<boolean> {
    return this.certificates
      .createQueryBuilder('c')
      .where('c.statusIndex >= :from AND c.statusIndex < :to', { from, to })
      .getExists();
  }

  /** Indices in [from, to) whose certificate is no longer valid (revoked or superseded). */
  async withdrawnIndices(from: number, to: number): Promise<number[]> {
    const rows: { statusIndex: number }[] = await this.certificates
      .createQueryBuilder('c')
      .select('c.statusIndex', 'statusIndex')
      .where('c.status IN (:...statuses)', { statuses: ['revoked', 'superseded'] })
      .andWhere('c.statusIndex >= :from AND c.statusIndex < :to', { from, to })
      .getRawMany();
    return rows.map((row) => Number(row.statusIndex));
  }
}
