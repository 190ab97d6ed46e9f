import { Injectable } from '@nestjs/common';
import { PrototypeEntity } from '@apprenance/db';
import { diffContent, isEditable } from '@apprenance/domain';
import { AuditService } from '../audit/audit.service';
import { CivicTechsRepository } from '../civic-techs/civic-techs.repository';
import { CohortMembership } from '../cohorts/cohort-membership';
import { AuthUser } from '../common/auth/auth-user';
import { definedOnly } from '../common/defined-only';
import { isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import {
  CreatePrototypeDto,
  DiffQueryDto,
  PrototypeDiffDto,
  PrototypeDto,
  PrototypeEventDto,
  PrototypeListQueryDto,
  PrototypeVersionDto,
  UpdatePrototypeDto,
} from './dto/prototype.dto';
import { completeDraft, DraftContent } from './dto/prototype-content';
import { PrototypeAccess } from './prototype-access';
import { toEventDto, toPrototypeDto, toVersionDto } from './prototype.mapper';
import {
  notEditable,
  notMember,
  prototypeExists,
  unknownCivicTechs,
  unknownPair,
  versionNotFound,
} from './prototypes.errors';
import { PrototypesRepository } from './prototypes.repository';

type Json = Parameters<typeof diffContent>[0];

/** A pair's prototype: its draft, its frozen versions and their differences. */
@Injectable()
export class PrototypesService {
  constructor(
    private readonly prototypes: PrototypesRepository,
    private readonly access: PrototypeAccess,
    private readonly membership: CohortMembership,
    private readonly civicTechs: CivicTechsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(actor: AuthUser, query: PrototypeListQueryDto): Promise<Page<PrototypeDto>> {
    const page = await this.prototypes.list(await this.membership.pairWorkScopeOf(actor), query);
    const dtos = await this.toDtos(page.items);
    return new Page(dtos, page.total, page.start);
  }

  async get(actor: AuthUser, id: string): Promise<PrototypeDto> {
    return this.toDto(await this.access.readable(actor, id));
  }

  /** A member of an enrolled pair opens the pair's prototype (one per pair). */
  async create(actor: AuthUser, input: CreatePrototypeDto): Promise<PrototypeDto> {
    const pair = await this.membership.enrolledPair(input.pairId);
    if (!pair) throw unknownPair();
    if (!pair.memberIds.includes(actor.id)) throw notMember();
    try {
      return await this.tx.run(async (tx) => {
        const prototype = await this.prototypes.insert(tx, {
          cohortId: pair.cohortId,
          pairId: pair.id,
        });
        await this.audit.record(tx, actor, {
          action: 'prototype.create',
          entityType: 'prototype',
          entityId: prototype.id,
          changes: { pairId: pair.id, cohortId: pair.cohortId },
        });
        return toPrototypeDto(prototype, [], pair.label);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_prototypes_pair')) throw prototypeExists();
      throw error;
    }
  }

  /** Edits the draft; a submitted, presented or accepted prototype is frozen. */
  async update(actor: AuthUser, id: string, input: UpdatePrototypeDto): Promise<PrototypeDto> {
    await this.access.asMember(actor, id);
    await this.checkCivicTechs(input);
    return this.tx.run(async (tx) => {
      const prototype = (await this.prototypes.findForUpdate(tx, id)) as PrototypeEntity;
      if (!isEditable(prototype.status)) throw notEditable(prototype.status);
      const before = completeDraft(prototype.draft);
      const { conditions, ...fields } = input;
      const after: DraftContent = {
        ...before,
        ...definedOnly(fields),
        conditions: { ...before.conditions, ...definedOnly(conditions ?? {}) },
      };
      prototype.draft = { ...after };
      const saved = await this.prototypes.save(tx, prototype);
      await this.audit.record(tx, actor, {
        action: 'prototype.update',
        entityType: 'prototype',
        entityId: id,
        changes: diffContent(before as unknown as Json, after as unknown as Json),
      });
      return this.toDto(saved, tx);
    });
  }

  async versions(actor: AuthUser, id: string): Promise<Page<PrototypeVersionDto>> {
    await this.access.versionsReadable(actor, id);
    const versions = await this.prototypes.listVersions(id);
    const names = await this.membership.displayNames(versions.map((v) => v.authorId));
    const dtos = versions.map((v) => toVersionDto(v, names.get(v.authorId) ?? ''));
    return new Page(dtos, dtos.length, 0);
  }

  async version(actor: AuthUser, id: string, number: number): Promise<PrototypeVersionDto> {
    await this.access.versionsReadable(actor, id);
    const version = await this.prototypes.findVersion(id, number);
    if (!version) throw versionNotFound(number);
    const names = await this.membership.displayNames([version.authorId]);
    return toVersionDto(version, names.get(version.authorId) ?? '');
  }

  async diff(actor: AuthUser, id: string, query: DiffQueryDto): Promise<PrototypeDiffDto> {
    const [from, to] = await Promise.all([
      this.version(actor, id, query.from),
      this.version(actor, id, query.to),
    ]);
    return {
      from: query.from,
      to: query.to,
      changes: diffContent(from.content as unknown as Json, to.content as unknown as Json),
    };
  }

  /** The workflow's history with the trainers' comments, for whoever reads the draft. */
  async events(actor: AuthUser, id: string): Promise<PrototypeEventDto[]> {
    await this.access.readable(actor, id);
    const events = await this.prototypes.listEvents(id);
    const names = await this.membership.displayNames(
      events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
    );
    return events.map((e) => toEventDto(e, e.actorId ? (names.get(e.actorId) ?? null) : null));
  }

  async toDto(prototype: PrototypeEntity, tx?: Tx): Promise<PrototypeDto> {
    return (await this.toDtos([prototype], tx))[0];
  }

  private async toDtos(prototypes: PrototypeEntity[], tx?: Tx): Promise<PrototypeDto[]> {
    const ids = prototypes.map((p) => p.id);
    // One after the other: inside a transaction both run on its one connection.
    const attachments = await this.prototypes.attachmentsOf(ids, tx);
    const pairs = await this.membership.enrolledPairs(
      prototypes.map((p) => p.pairId),
      tx,
    );
    const labels = new Map(pairs.map((pair) => [pair.id, pair.label]));
    return prototypes.map((p) =>
      toPrototypeDto(
        p,
        attachments.filter((a) => a.prototypeId === p.id),
        labels.get(p.pairId) ?? '',
      ),
    );
  }

  private async checkCivicTechs(input: UpdatePrototypeDto): Promise<void> {
    const ids = [...new Set((input.civicTechs ?? []).map((c) => c.civicTechId))];
    const found = new Set(await this.civicTechs.existingIds(ids));
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length) throw unknownCivicTechs(unknown);
  }
}
