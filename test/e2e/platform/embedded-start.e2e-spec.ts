import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@app/embedded';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

/** The README's `npm start` path: no DATABASE_URL, no MEILI_HOST, so the app starts both services itself. */
describe('the embedded default (npm start on a bare machine)', () => {
  let dataDir: string;
  let server: ChildProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'labour-match-start-'));
    chmodSync(dataDir, 0o755);
  });

  afterAll(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(port: number): Promise<ChildProcess> {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    for (const name of ['DATABASE_URL', 'MEILI_HOST', 'MEILI_MASTER_KEY', 'JWT_SECRET', 'ID_ENCRYPTION_KEY', 'ID_HMAC_KEY', 'LOG_FILE']) delete env[name];
    const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], { env, stdio: 'ignore' });
    await waitFor(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await res.json()) as { data?: { __typename: string } };
      return body.data?.__typename === 'Query' ? true : undefined;
    }, 60_000);
    return child;
  }

  function embeddedPids(): number[] {
    const state = JSON.parse(readFileSync(join(dataDir, 'embedded.json'), 'utf8')) as { ownerPid: number; pids: number[] };
    return [state.ownerPid, ...state.pids];
  }

  it('serves GraphQL, stops both services on SIGTERM, keeps the data, and leaves no orphan after SIGKILL', async () => {
    const port = await freePort();
    server = await start(port);
    const [owner, ...services] = embeddedPids();
    expect(owner).toBe(server.pid);
    expect(services).toHaveLength(2);
    const health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
    expect(health).toMatchObject({ status: 'ok' });

    server.kill('SIGTERM');
    await waitFor(async () => (server!.exitCode !== null ? true : undefined), 20_000);
    await waitFor(async () => (services.every((pid) => !alive(pid)) ? true : undefined), 20_000);

    // Second start reuses the data directory; SIGKILL gives the app no chance to clean up.
    server = await start(port);
    const [, ...servicesAgain] = embeddedPids();
    server.kill('SIGKILL');
    await waitFor(async () => (servicesAgain.every((pid) => !alive(pid)) ? true : undefined), 20_000);
  }, 120_000);
});
