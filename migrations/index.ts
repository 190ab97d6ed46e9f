import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795313764344 } from './1795313764344-InitialSchema';
import { Courses1795314240551 } from './1795314240551-Courses';
import { Cohorts1795314466649 } from './1795314466649-Cohorts';
import { CommonsCatalogue1795314492597 } from './1795314492597-CommonsCatalogue';
import { JobOutbox1796028373933 } from './1796028373933-JobOutbox';
import { PrototypesPeerReview1796030299843 } from './1796030299843-PrototypesPeerReview';
import { Accounts1796100000000 } from './1796100000000-Accounts';
import { Assessment1796200000000 } from './1796200000000-Assessment';
import { ImpactDashboard1796300000000 } from './1796300000000-ImpactDashboard';
import { Certificates1796400000000 } from './1796400000000-Certificates';
import { ScaleIndexes1796600000000 } from './1796600000000-ScaleIndexes';
import { SearchColumns1796650000000 } from './1796650000000-SearchColumns';
import { SortIndexes1796660000000 } from './1796660000000-SortIndexes';

/**
 * Every migration, oldest first. `npm run migration:generate` writes a new file beside this
 * one; add its class here after reading it (a test checks that no file is left out).
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795313764344,
  Courses1795314240551,
  Cohorts1795314466649,
  CommonsCatalogue1795314492597,
  JobOutbox1796028373933,
  PrototypesPeerReview1796030299843,
  Accounts1796100000000,
  Assessment1796200000000,
  ImpactDashboard1796300000000,
  Certificates1796400000000,
  ScaleIndexes1796600000000,
  SearchColumns1796650000000,
  SortIndexes1796660000000,
];
