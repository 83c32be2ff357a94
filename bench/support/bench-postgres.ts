import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@app/database';
import { guardAgainstOrphans, startEmbeddedPostgres } from '@app/embedded';

/**
 * A benchmark's temporary folder, removed (with any PostgreSQL started in it) by cleanup(), also on Ctrl-C. For the
 * benchmarks that need the database only; bench-stack.ts starts the whole API.
 */
export class BenchFolder {
  readonly dir: string;
  private stopPostgres: (() => Promise<void>) | null = null;

  constructor(name: string) {
    this.dir = mkdtempSync(join(tmpdir(), `labour-${name}-bench-`));
    // The postgres user that runs the server (we are root here) must be able to reach its data directory.
    chmodSync(this.dir, 0o755);
    process.once('SIGINT', () => void this.cleanup().then(() => process.exit(130)));
  }

  /** Embedded PostgreSQL in the folder, migrated; its URL. */
  async startPostgres(): Promise<string> {
    const postgres = await startEmbeddedPostgres({ dataDir: join(this.dir, 'postgres'), password: 'bench', database: 'labour_bench' });
    this.stopPostgres = () => postgres.stop();
    guardAgainstOrphans([{ pid: postgres.pid, signal: 'INT' }]);
    await runMigrations(postgres.url);
    return postgres.url;
  }

  async cleanup(): Promise<void> {
    await this.stopPostgres?.().catch(() => undefined);
    this.stopPostgres = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
