export { DatabaseModule } from './database.module.js';
export { dataSourceOptions } from './data-source-options.js';
export { runMigrations } from './run-migrations.js';
export { MIGRATIONS } from './migrations/index.js';
