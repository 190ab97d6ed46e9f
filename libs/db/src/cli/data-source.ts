/**
 * Data source for the TypeORM CLI (`npm run migration:*`), configured from DATABASE_URL,
 * which the devstack wrapper sets to the embedded Postgres when the caller did not.
 */
import { createDataSource } from '../data-source';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');

export default createDataSource({ url, applicationName: 'apprenance-migrations' });
