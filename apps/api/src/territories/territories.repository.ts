import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TerritoryEntity } from '@apprenance/db';
import { In, Repository } from 'typeorm';
import { likePattern } from '../common/database/pg-errors';
import { Tx } from '../common/database/transaction';
import { pageWindow } from '../common/list/list-query.dto';
import { Page } from '../common/list/page';
import { sortColumn } from '../common/list/sort';
import { CreateTerritoryDto, TerritoryListQueryDto } from './dto/territory.dto';

const SORTABLE = {
  id: 't.id',
  name: 't.name',
  country: 't.country',
  level: 't.level',
  createdAt: 't.createdAt',
} as const;

@Injectable()
export class TerritoriesRepository {
  constructor(
    @InjectRepository(TerritoryEntity) private readonly territories: Repository<TerritoryEntity>,
  ) {}

  findById(id: string): Promise<TerritoryEntity | null> {
    return this.territories.findOneBy({ id });
  }

  findByIds(ids: string[], tx?: Tx): Promise<TerritoryEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return (tx?.getRepository(TerritoryEntity) ?? this.territories).findBy({ id: In(ids) });
  }

  exists(tx: Tx, id: string): Promise<boolean> {
    return tx.getRepository(TerritoryEntity).existsBy({ id });
  }

  findForUpdate(tx: Tx, id: string): Promise<TerritoryEntity | null> {
    return tx
      .getRepository(TerritoryEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(query: TerritoryListQueryDto): Promise<Page<TerritoryEntity>> {
    const { skip, take } = pageWindow(query);
    const builder = this.territories.createQueryBuilder('t');
    if (query.id?.length) builder.andWhere('t.id IN (:...ids)', { ids: query.id });
    if (query.country) builder.andWhere('t.country = :country', query);
    if (query.level) builder.andWhere('t.level = :level', query);
    if (query.q) builder.andWhere('t.name ILIKE :q', { q: likePattern(query.q) });
    builder
      .orderBy(sortColumn(query._sort, SORTABLE, 'name'), query._order)
      .addOrderBy('t.id')
      .skip(skip)
      .take(take);
    const [items, total] = await builder.getManyAndCount();
    return new Page(items, total, skip);
  }

  insert(tx: Tx, territory: CreateTerritoryDto): Promise<TerritoryEntity> {
    return tx.getRepository(TerritoryEntity).save(tx.create(TerritoryEntity, territory));
  }

  /** Inserts the territory unless one of that name, country and level exists; says which. */
  async findOrInsert(
    tx: Tx,
    territory: Pick<TerritoryEntity, 'name' | 'country' | 'level'>,
  ): Promise<{ territory: TerritoryEntity; created: boolean }> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(TerritoryEntity)
      .values({ ...territory })
      .orIgnore()
      .returning('id')
      .execute();
    const { name, country, level } = territory;
    return {
      territory: await tx.getRepository(TerritoryEntity).findOneByOrFail({ name, country, level }),
      created: (result.raw as unknown[]).length > 0,
    };
  }

  /** The territories of these names, countries and levels that exist, in one query. */
  findByKeys(
    tx: Tx,
    keys: Pick<TerritoryEntity, 'name' | 'country' | 'level'>[],
  ): Promise<TerritoryEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return tx
      .getRepository(TerritoryEntity)
      .createQueryBuilder('t')
      .where(
        `(t.name, t.country, t.level) IN (SELECT * FROM unnest(:names::text[], :countries::text[], :levels::territory_level[]))`,
        {
          names: keys.map((key) => key.name),
          countries: keys.map((key) => key.country),
          levels: keys.map((key) => key.level),
        },
      )
      .getMany();
  }

  save(tx: Tx, territory: TerritoryEntity): Promise<TerritoryEntity> {
    return tx.getRepository(TerritoryEntity).save(territory);
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.delete(TerritoryEntity, { id });
  }
}
