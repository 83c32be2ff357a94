import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from './embedded-meilisearch.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';
import { guardAgainstOrphans, type GuardedProcess } from './orphan-guard.js';

export interface EmbeddedServices {
  postgres?: EmbeddedPostgresHandle;
  meilisearch?: EmbeddedMeilisearchHandle;
  /** Environment with DATABASE_URL / MEILI_HOST / MEILI_MASTER_KEY filled in for the embedded services. */
  env: Record<string, string | undefined>;
  /** True when another process of ours already runs the services on this data directory and we only connect. */
  attached: boolean;
  stop(): Promise<void>;
}

interface OwnerState {
  ownerPid: number;
  /** The server processes, for operators and for the test that proves none outlives the app. */
  pids: number[];
  DATABASE_URL?: string;
  MEILI_HOST?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readOwner(file: string): OwnerState | undefined {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as OwnerState;
    return state.ownerPid !== process.pid && alive(state.ownerPid) ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The embedded default: whichever of PostgreSQL and Meilisearch the environment does not point at is started
 * here, with data under DATA_DIR. When `npm start` already runs them (say `npm run cli -- create-admin` in a second
 * terminal), this process connects to those instead of starting a second server on the same data.
 */
export async function startEmbeddedServices(env: Record<string, string | undefined>, log: (line: string) => void = () => undefined): Promise<EmbeddedServices> {
  const dataDir = env.DATA_DIR || '.data';
  const stateFile = join(dataDir, 'embedded.json');
  const next = { ...env };
  const owner = existsSync(stateFile) ? readOwner(stateFile) : undefined;
  if (owner) {
    next.DATABASE_URL ??= owner.DATABASE_URL;
    if (!next.MEILI_HOST && owner.MEILI_HOST) {
      next.MEILI_HOST = owner.MEILI_HOST;
      next.MEILI_MASTER_KEY = env.EMBEDDED_MEILI_KEY;
    }
    return { env: next, attached: true, stop: async () => undefined };
  }
  const started: GuardedProcess[] = [];
  let postgres: EmbeddedPostgresHandle | undefined;
  let meilisearch: EmbeddedMeilisearchHandle | undefined;
  try {
    if (!env.DATABASE_URL) {
      if (!env.EMBEDDED_PG_PASSWORD) throw new Error('EMBEDDED_PG_PASSWORD is required to start the embedded PostgreSQL');
      postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        password: env.EMBEDDED_PG_PASSWORD,
        database: 'labour_match',
        log: (line) => log(`[postgres] ${line}`),
      });
      next.DATABASE_URL = postgres.url;
      started.push({ pid: postgres.pid, signal: 'INT' });
    }
    if (!env.MEILI_HOST) {
      if (!env.EMBEDDED_MEILI_KEY) throw new Error('EMBEDDED_MEILI_KEY is required to start the embedded Meilisearch');
      meilisearch = await startEmbeddedMeilisearch({
        dataDir: join(dataDir, 'meili'),
        masterKey: env.EMBEDDED_MEILI_KEY,
        log: (line) => log(`[meilisearch] ${line}`),
      });
      next.MEILI_HOST = meilisearch.host;
      next.MEILI_MASTER_KEY = meilisearch.masterKey;
      started.push({ pid: meilisearch.pid, signal: 'TERM' });
    }
  } catch (error) {
    await Promise.allSettled([postgres?.stop(), meilisearch?.stop()]);
    throw error;
  }
  guardAgainstOrphans(started);
  if (started.length) {
    const state: OwnerState = { ownerPid: process.pid, pids: started.map((p) => p.pid), DATABASE_URL: postgres?.url, MEILI_HOST: meilisearch?.host };
    writeFileSync(stateFile, JSON.stringify(state), { mode: 0o600 });
  }
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= Promise.allSettled([meilisearch?.stop(), postgres?.stop()]).then(() => rmSync(stateFile, { force: true })));
  return { postgres, meilisearch, env: next, attached: false, stop };
}
