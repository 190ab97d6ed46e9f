import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795313764344 } from './1795313764344-InitialSchema';
import { Courses1795314240551 } from './1795314240551-Courses';

/**
 * Every migration, oldest first. `npm run migration:generate` writes a new file beside this
 * one; add its class here after reading it (a test checks that no file is left out).
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795313764344,
  Courses1795314240551,
];
