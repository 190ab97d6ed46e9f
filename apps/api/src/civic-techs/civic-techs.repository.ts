import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CivicTechEntity } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { matchesText, textRank } from '../common/database/full-text';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { CivicTechListQueryDto } from './dto/civic-tech.dto';

const SORTABLE = {
  name: 't.name',
  slug: 't.slug',
  licence: 't.licence',
  lastCheckedOn: 't.lastCheckedOn',
  createdAt: 't.createdAt',
  updatedAt: 't.updatedAt',
} as const;

export type NewCivicTech = Omit<CivicTechEntity, 'id' | 'createdAt' | 'updatedAt' | 'searchVector'>;

@Injectable()
export class CivicTechsRepository {
  constructor(
    @InjectRepository(CivicTechEntity) private readonly techs: Repository<CivicTechEntity>,
  ) {}

  findById(id: string): Promise<CivicTechEntity | null> {
    return this.techs.findOneBy({ id });
  }

  /** Those of these ids that are in the catalogue. */
  async existingIds(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const found = await this.techs.find({ select: { id: true }, where: { id: In(ids) } });
    return found.map((tech) => tech.id);
  }

  findBySlug(slug: string): Promise<CivicTechEntity | null> {
    return this.techs.findOneBy({ slug });
  }

  findForUpdate(tx: Tx, id: string): Promise<CivicTechEntity | null> {
    return tx
      .getRepository(CivicTechEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(query: CivicTechListQueryDto): Promise<Page<CivicTechEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.techs.createQueryBuilder('t');
    if (query.id?.length) builder.andWhere('t.id IN (:...ids)', { ids: query.id });
    if (query.category) builder.andWhere(':category = ANY(t.categories)', query);
    if (query.language) builder.andWhere(':language = ANY(t.languages)', query);
    if (query.licence) builder.andWhere('t.licence = :licence', query);
    if (query.q) {
      builder.andWhere(matchesText('t'), { q: query.q });
      if (!query._sort) builder.orderBy(textRank('t'), 'DESC');
    }
    if (!query.q || query._sort) {
      builder.orderBy(sortColumn(query._sort, SORTABLE, 'name'), query._order);
    }
    builder.addOrderBy('t.id').skip(skip).take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  /** The whole catalogue, by name (for the open-data export). */
  all(): Promise<CivicTechEntity[]> {
    return this.techs.find({ order: { name: 'ASC' } });
  }

  insert(tx: Tx, tech: NewCivicTech): Promise<CivicTechEntity> {
    return tx.getRepository(CivicTechEntity).save(tx.create(CivicTechEntity, tech));
  }

  save(tx: Tx, tech: CivicTechEntity): Promise<CivicTechEntity> {
    return tx.getRepository(CivicTechEntity).save(tech);
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.delete(CivicTechEntity, { id });
  }
}
