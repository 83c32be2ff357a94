import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@app/database';
import { type EmbeddedPostgresHandle, freePort, startEmbeddedPostgres } from '@app/embedded';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The API's own PostgreSQL (not the run's shared one) is stopped and started again under it. */
describe('a PostgreSQL restart', () => {
  let dir: string;
  let port: number;
  let postgres: EmbeddedPostgresHandle | undefined;
  let t: TestApp;

  const start = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), password: 'restart', database: 'restart', port });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'labour-match-restart-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    await start();
    await runMigrations(postgres!.url);
    t = await startTestApp({ DATABASE_URL: postgres!.url });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with a clear, retryable error while the database is down and recovers without a restart of its own', async () => {
    const query = '{ regions(parentCode: "520100") { code } }';
    const probe = 'mutation { login(input: { username: "nobody", password: "whatever-1" }) { accessToken } }';
    expect((await t.anonymous.gql(probe)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await postgres!.stop();
    const down = await t.anonymous.gql(probe);
    expect(down.errors?.[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' },
      message: '数据库暂时无法访问，请稍后再试',
    });
    const health = await t.http().get('/health');
    expect(health.status).toBe(503);
    expect(health.body.details.database.status).toBe('down');
    // Regions are served from memory: reading them keeps working through the outage.
    expect((await t.anonymous.gql(query)).errors).toBeUndefined();

    await start();
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = (await t.anonymous.gql(probe)).errors?.[0].extensions?.code === 'UNAUTHENTICATED';
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    expect((await t.http().get('/health')).status).toBe(200);
  }, 90_000);
});
