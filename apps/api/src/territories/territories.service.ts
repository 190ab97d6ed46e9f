import { Injectable } from '@nestjs/common';
import { TerritoryEntity } from '@apprenance/db';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth-user';
import { isForeignKeyViolation, isUniqueViolation } from '../common/database/pg-errors';
import { TransactionRunner, Tx } from '../common/database/transaction';
import { Page } from '../common/list/page';
import {
  CreateTerritoryDto,
  TerritoryDto,
  TerritoryListQueryDto,
  UpdateTerritoryDto,
  toTerritoryDto,
} from './dto/territory.dto';
import { territoryExists, territoryInUse, territoryNotFound } from './territories.errors';
import { TerritoriesRepository } from './territories.repository';

const AUDITED = ['name', 'country', 'level'] as const;

@Injectable()
export class TerritoriesService {
  constructor(
    private readonly territories: TerritoriesRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(query: TerritoryListQueryDto): Promise<Page<TerritoryDto>> {
    return (await this.territories.list(query)).map(toTerritoryDto);
  }

  async get(id: string): Promise<TerritoryDto> {
    const territory = await this.territories.findById(id);
    if (!territory) throw territoryNotFound(id);
    return toTerritoryDto(territory);
  }

  create(actor: AuthUser | null, input: CreateTerritoryDto): Promise<TerritoryDto> {
    return this.write(async (tx) => {
      const territory = await this.territories.insert(tx, input);
      await this.recordCreation(tx, actor, territory);
      return toTerritoryDto(territory);
    });
  }

  /**
   * The territory named by an applicant or an imported line, created (and audited) in the
   * caller's transaction when it is new, so that a rolled-back import leaves no territory.
   */
  async findOrCreate(
    tx: Tx,
    actor: AuthUser | null,
    input: Pick<TerritoryEntity, 'name' | 'country' | 'level'>,
  ): Promise<TerritoryEntity> {
    const { territory, created } = await this.territories.findOrInsert(tx, input);
    if (created) await this.recordCreation(tx, actor, territory);
    return territory;
  }

  update(actor: AuthUser, id: string, input: UpdateTerritoryDto): Promise<TerritoryDto> {
    return this.write(async (tx) => {
      const territory = await this.territories.findForUpdate(tx, id);
      if (!territory) throw territoryNotFound(id);
      const before = { ...territory };
      const saved = await this.territories.save(tx, Object.assign(territory, input));
      await this.audit.recordDiff(tx, actor, 'territory.update', id, before, saved, AUDITED);
      return toTerritoryDto(saved);
    });
  }

  remove(actor: AuthUser, id: string): Promise<void> {
    return this.write(async (tx) => {
      const territory = await this.territories.findForUpdate(tx, id);
      if (!territory) throw territoryNotFound(id);
      await this.territories.remove(tx, id);
      await this.audit.recordDiff(tx, actor, 'territory.delete', id, territory, null, AUDITED);
    });
  }

  private recordCreation(tx: Tx, actor: AuthUser | null, territory: TerritoryEntity) {
    return this.audit.recordDiff(
      tx,
      actor,
      'territory.create',
      territory.id,
      null,
      territory,
      AUDITED,
    );
  }

  private async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_territories_country_level_name')) throw territoryExists();
      if (isForeignKeyViolation(error)) throw territoryInUse();
      throw error;
    }
  }
}
