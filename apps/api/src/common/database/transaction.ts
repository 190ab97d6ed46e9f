import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A unit of work: repositories take it so that several writes commit or fail together. */
export type Tx = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
