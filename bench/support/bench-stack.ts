import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { validateConfig } from '@app/config';
import { runMigrations } from '@app/database';
import {
  type EmbeddedMeilisearchHandle,
  type EmbeddedPostgresHandle,
  freePort,
  guardAgainstOrphans,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from '@app/embedded';
import { createApp } from '../../apps/api/src/create-app.js';

export interface BenchStack {
  root: string;
  postgres: EmbeddedPostgresHandle;
  meili: EmbeddedMeilisearchHandle;
  app: NestExpressApplication;
  db: pg.Client;
  /** POST a GraphQL operation to the running API; throws on errors. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
  stop(): Promise<void>;
}

/**
 * A benchmark's own world: PostgreSQL and Meilisearch in a temporary folder, migrations applied, the API listening on
 * loopback in production mode. Everything is removed by stop(), also on Ctrl-C.
 */
export async function startBenchStack(name: string, env: Record<string, string> = {}): Promise<BenchStack> {
  const root = join(tmpdir(), `labour-match-${name}-${randomBytes(3).toString('hex')}`);
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o755);
  const cleanups: Array<() => Promise<unknown>> = [async () => rmSync(root, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    const postgres = await startEmbeddedPostgres({ dataDir: join(root, 'postgres'), password: 'bench', database: 'labour_match_bench' });
    cleanups.push(() => postgres.stop());
    const meili = await startEmbeddedMeilisearch({ dataDir: join(root, 'meili'), masterKey: randomBytes(16).toString('hex') });
    cleanups.push(() => meili.stop());
    guardAgainstOrphans([
      { pid: postgres.pid, signal: 'INT' },
      { pid: meili.pid, signal: 'TERM' },
    ]);
    await runMigrations(postgres.url);
    const port = await freePort();
    const config = validateConfig({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.url,
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ID_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ID_HMAC_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      LOG_FILE: join(root, 'api.log'),
      ...env,
    });
    const app = await createApp(config);
    await app.listen(port, '127.0.0.1');
    cleanups.push(() => app.close());
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    cleanups.push(() => db.end());
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    };
    return { root, postgres, meili, app, db, gql, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One summary line per figure: `name: value (goal: …)`. */
export function line(name: string, value: string, goal?: string): void {
  process.stdout.write(`${name}: ${value}${goal ? ` (goal: ${goal})` : ''}\n`);
}
