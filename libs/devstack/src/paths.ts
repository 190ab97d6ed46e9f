import path from 'node:path';

/** The repository root, found from this file's place in libs/devstack/{src,dist}. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where local state lives (embedded Postgres, spawned Redis, generated secrets, files). */
export const DATA_DIR = process.env.APPRENANCE_DATA_DIR
  ? path.resolve(process.env.APPRENANCE_DATA_DIR)
  : path.join(REPO_ROOT, '.data');
