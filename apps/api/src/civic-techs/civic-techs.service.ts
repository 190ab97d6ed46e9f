import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import { civicTechNotFound, civicTechSlugTaken } from './civic-techs.errors';
import { CivicTechsRepository } from './civic-techs.repository';
import {
  CivicTechDto,
  CivicTechListQueryDto,
  CreateCivicTechDto,
  toCivicTechDto,
  CIVIC_TECH_FIELDS,
  UpdateCivicTechDto,
} from './dto/civic-tech.dto';

const AUDITED = CIVIC_TECH_FIELDS;

@Injectable()
export class CivicTechsService {
  constructor(
    private readonly techs: CivicTechsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(query: CivicTechListQueryDto): Promise<Page<CivicTechDto>> {
    return (await this.techs.list(query)).map(toCivicTechDto);
  }

  async get(id: string): Promise<CivicTechDto> {
    const tech = await this.techs.findById(id);
    if (!tech) throw civicTechNotFound(id);
    return toCivicTechDto(tech);
  }

  async getBySlug(slug: string): Promise<CivicTechDto> {
    const tech = await this.techs.findBySlug(slug);
    if (!tech) throw civicTechNotFound(slug);
    return toCivicTechDto(tech);
  }

  async all(): Promise<CivicTechDto[]> {
    return (await this.techs.all()).map(toCivicTechDto);
  }

  create(actor: AuthUser | null, input: CreateCivicTechDto): Promise<CivicTechDto> {
    return this.write(async (tx) => {
      const tech = await this.techs.insert(tx, {
        slug: input.slug,
        name: input.name,
        descriptionFr: input.descriptionFr ?? '',
        descriptionEn: input.descriptionEn ?? '',
        licence: input.licence,
        repositoryUrl: input.repositoryUrl,
        websiteUrl: input.websiteUrl ?? null,
        categories: input.categories,
        languages: input.languages,
        maintainer: input.maintainer ?? '',
        lastCheckedOn: input.lastCheckedOn ?? null,
      });
      await this.audit.recordDiff(tx, actor, 'civic_tech.create', tech.id, null, tech, AUDITED);
      return toCivicTechDto(tech);
    });
  }

  update(actor: AuthUser, id: string, input: UpdateCivicTechDto): Promise<CivicTechDto> {
    return this.write(async (tx) => {
      const tech = await this.techs.findForUpdate(tx, id);
      if (!tech) throw civicTechNotFound(id);
      const before = { ...tech };
      for (const [key, value] of Object.entries(input)) {
        if (value !== undefined) Object.assign(tech, { [key]: value });
      }
      const saved = await this.techs.save(tx, tech);
      await this.audit.recordDiff(tx, actor, 'civic_tech.update', id, before, saved, AUDITED);
      return toCivicTechDto(saved);
    });
  }

  remove(actor: AuthUser, id: string): Promise<void> {
    return this.write(async (tx) => {
      const tech = await this.techs.findForUpdate(tx, id);
      if (!tech) throw civicTechNotFound(id);
      await this.techs.remove(tx, id);
      await this.audit.recordDiff(tx, actor, 'civic_tech.delete', id, tech, null, AUDITED);
    });
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_civic_techs_slug')) throw civicTechSlugTaken();
      throw error;
    }
  }
}
