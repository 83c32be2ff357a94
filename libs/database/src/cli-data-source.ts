import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/**
 * For the TypeORM CLI only (`npm run typeorm -- migration:generate libs/database/src/migrations/<Name>`):
 * loads every compiled entity so generated migrations describe the whole schema. Needs DATABASE_URL.
 */
const distRoot = fileURLToPath(new URL('../../..', import.meta.url));
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required for the TypeORM CLI');

export default new DataSource({
  ...dataSourceOptions(process.env.DATABASE_URL),
  entities: [`${distRoot}libs/*/src/entities/*.entity.js`],
});
