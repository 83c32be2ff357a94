import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@app/database';
import { startEmbeddedMeilisearch, startEmbeddedPostgres, guardAgainstOrphans } from '@app/embedded';

export interface TestServices {
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL and Meilisearch for one Jest run, in a fresh folder (mode 755: the postgres user must be able
 * to traverse it), with fresh keys. The variables go into process.env, which Jest's workers inherit.
 */
export async function startTestServices(): Promise<TestServices> {
  const root = join(tmpdir(), `labour-match-test-${process.pid}-${randomBytes(3).toString('hex')}`);
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), password: 'test', database: 'labour_match_test' });
  const meilisearch = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: randomBytes(16).toString('hex') });
  guardAgainstOrphans([
    { pid: postgres.pid, signal: 'INT' },
    { pid: meilisearch.pid, signal: 'TERM' },
  ]);
  await runMigrations(postgres.url);
  const logFile = join(root, 'app.log');
  writeFileSync(logFile, '');
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: postgres.url,
    MEILI_HOST: meilisearch.host,
    MEILI_MASTER_KEY: meilisearch.masterKey,
    MEILI_INDEX_PREFIX: 'test_',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ID_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    ID_HMAC_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    LOG_FILE: logFile,
    TEST_ROOT: root,
    TEST_MEILI_PID: String(meilisearch.pid),
    TEST_PG_PID: String(postgres.pid),
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.allSettled([meilisearch.stop(), postgres.stop()]);
    rmSync(root, { recursive: true, force: true });
  };
  return { env, stop };
}
