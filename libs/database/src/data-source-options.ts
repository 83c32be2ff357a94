import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/** One definition of how every process reaches PostgreSQL. The schema only ever changes through MIGRATIONS. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // A request waits up to 10 s for a pooled connection before the caller is told to retry (SERVICE_UNAVAILABLE).
    extra: { max: 20, connectionTimeoutMillis: 10_000, application_name: 'labour-match' },
    logging: false,
    ...extra,
  } as DataSourceOptions;
}
