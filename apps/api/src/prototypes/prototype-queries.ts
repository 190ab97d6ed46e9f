import { Injectable } from '@nestjs/common';
import { Tx } from '../common/database/transaction';
import { PrototypesRepository } from './prototypes.repository';

/** A prototype as the peer-review feature needs it. */
export interface PrototypeRef {
  id: string;
  cohortId: string;
  pairId: string;
  /** The latest frozen version; 0 before the first submission. */
  currentVersion: number;
}

/** What other features may ask about prototypes, instead of reading their tables. */
@Injectable()
export class PrototypeQueries {
  constructor(private readonly prototypes: PrototypesRepository) {}

  /** The cohort's prototypes that have been submitted at least once. */
  async submittedOfCohort(cohortId: string, tx?: Tx): Promise<PrototypeRef[]> {
    return (await this.prototypes.submittedOfCohort(cohortId, tx)).map(ref);
  }

  async byId(id: string, tx?: Tx): Promise<PrototypeRef | null> {
    const prototype = await this.prototypes.findById(id, tx);
    return prototype ? ref(prototype) : null;
  }
}

function ref({ id, cohortId, pairId, currentVersion }: PrototypeRef): PrototypeRef {
  return { id, cohortId, pairId, currentVersion };
}
