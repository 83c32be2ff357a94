import { LoginThrottleService } from '@app/accounts';
import { uniqueUsername } from '@app/testing';
import pg from 'pg';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const WRONG = 'wrong-password-0';

interface Attempt {
  ok: boolean;
  reason?: string;
  code?: string;
  message?: string;
  retryAfterSeconds?: number;
  retryAfterHeader?: string;
}

/** One login through HTTP, from `address` when the app trusts the loopback proxy (X-Forwarded-For). */
async function attempt(t: TestApp, username: string, password: string, options: { address?: string; language?: string } = {}): Promise<Attempt> {
  const req = t.http().post('/graphql').set('content-type', 'application/json');
  if (options.address) req.set('x-forwarded-for', options.address);
  if (options.language) req.set('accept-language', options.language);
  const res = await req.send({ query: LOGIN, variables: { input: { username, password } } });
  const error = res.body.errors?.[0];
  if (!error) return { ok: true };
  return {
    ok: false,
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    message: error.message,
    retryAfterSeconds: error.extensions?.retryAfterSeconds,
    retryAfterHeader: res.headers['retry-after'],
  };
}

async function failures(t: TestApp, username: string, count: number, address?: string): Promise<Attempt[]> {
  const answers: Attempt[] = [];
  for (let i = 0; i < count; i++) answers.push(await attempt(t, username, WRONG, { address }));
  return answers;
}

async function throttleRow(scope: 'ACCOUNT' | 'ADDRESS', key: string): Promise<{ failures: number } | undefined> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT failures FROM login_throttles WHERE scope = $1 AND key = $2', [scope, key]);
    return rows[0];
  } finally {
    await client.end();
  }
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 150));

/** Just the parts of an answer that must not depend on whether the password was right. */
const shape = (a: Attempt) => ({ ok: a.ok, code: a.code, reason: a.reason, message: a.message?.replace(/\d+/g, 'N') });

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Trusting the loopback proxy lets each test speak from its own client address through X-Forwarded-For.
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });

  afterAll(() => t.close());

  describe('per account', () => {
    it('lets five failures through, then waits 1 s, with a Chinese message, retryAfterSeconds and a Retry-After header', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const first = await failures(t, name, 5, '198.51.100.1');
      expect(first.map((a) => a.reason)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      const locked = await attempt(t, name, WRONG, { address: '198.51.100.1' });
      expect(locked).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', reason: 'LOGIN_THROTTLED', retryAfterSeconds: 1, retryAfterHeader: '1' });
      expect(locked.message).toBe('登录失败次数过多，请 1 秒后再试');
      const english = await attempt(t, name, WRONG, { address: '198.51.100.1', language: 'en' });
      expect(english.message).toMatch(/^Too many failed sign-ins: try again in \d+ seconds?$/);
    });

    it('answers a locked account the same for the right and a wrong password', async () => {
      const name = await insertAccount('BUREAU', '520100');
      await failures(t, name, 5, '198.51.100.2');
      const wrong = await attempt(t, name, WRONG, { address: '198.51.100.2' });
      const right = await attempt(t, name, TEST_PASSWORD, { address: '198.51.100.2' });
      expect(wrong.reason).toBe('LOGIN_THROTTLED');
      expect(shape(right)).toEqual(shape(wrong));
    });

    it('doubles the wait with each further failure, and a success starts the count again', async () => {
      const name = await insertAccount('BUREAU', '520100');
      await failures(t, name, 5, '198.51.100.3');
      await sleep(1);
      expect((await attempt(t, name, WRONG, { address: '198.51.100.3' })).reason).toBe('INVALID_CREDENTIALS');
      expect(await attempt(t, name, WRONG, { address: '198.51.100.3' })).toMatchObject({ reason: 'LOGIN_THROTTLED', retryAfterSeconds: 2 });
      await sleep(2);
      expect((await attempt(t, name, TEST_PASSWORD, { address: '198.51.100.3' })).ok).toBe(true);
      // Reset: four more failures are free again, and the right password still works after them.
      expect((await failures(t, name, 4, '198.51.100.3')).map((a) => a.reason)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
      expect((await attempt(t, name, TEST_PASSWORD, { address: '198.51.100.3' })).ok).toBe(true);
    });

    it('locks an unknown name exactly like a known one, so a lock tells nobody whether the name exists', async () => {
      const known = await insertAccount('BUREAU', '520100');
      const unknown = uniqueUsername('nobody');
      const knownAnswers = [...(await failures(t, known, 6, '198.51.100.4'))].map(shape);
      const unknownAnswers = [...(await failures(t, unknown, 6, '198.51.100.5'))].map(shape);
      expect(unknownAnswers).toEqual(knownAnswers);
      expect(unknownAnswers[5].reason).toBe('LOGIN_THROTTLED');
    });

    it('checks at most five passwords of a burst sent all at once', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const answers = await Promise.all(Array.from({ length: 15 }, () => attempt(t, name, WRONG, { address: '198.51.100.6' })));
      expect(answers.filter((a) => a.reason === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
      expect(answers.filter((a) => a.reason === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(10);
    });

    it('counts in the database: failures in two API processes add up, and the lock holds in both', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const other = await startTestApp({ TRUST_PROXY: 'loopback' });
      try {
        await failures(t, name, 3, '198.51.100.7');
        await failures(other, name, 2, '198.51.100.7');
        expect((await attempt(t, name, TEST_PASSWORD, { address: '198.51.100.7' })).reason).toBe('LOGIN_THROTTLED');
        expect((await attempt(other, name, TEST_PASSWORD, { address: '198.51.100.7' })).reason).toBe('LOGIN_THROTTLED');
      } finally {
        await other.close();
      }
      // Five counted; the refused attempts were not (waiting is not guessing).
      expect(await throttleRow('ACCOUNT', name)).toMatchObject({ failures: 5 });
    });
  });

  it('prunes counts and known addresses nobody needs any more, and keeps the rest', async () => {
    const [stale, fresh, account] = [uniqueUsername('stale'), uniqueUsername('fresh'), await insertAccount('BUREAU', '520100')];
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO login_throttles (scope, key, failures, last_failure_at) VALUES ('ACCOUNT', $1, 3, now() - interval '40 days'), ('ACCOUNT', $2, 3, now())`,
        [stale, fresh],
      );
      await client.query(
        `INSERT INTO login_known_addresses (account_id, address, last_success_at)
         SELECT id, '192.0.2.200', now() - interval '40 days' FROM accounts WHERE username = $1`,
        [account],
      );
      await t.app.get(LoginThrottleService).prune();
      const counts = await client.query('SELECT key FROM login_throttles WHERE key = ANY($1)', [[stale, fresh]]);
      expect(counts.rows.map((r: { key: string }) => r.key)).toEqual([fresh]);
      const known = await client.query(`SELECT 1 FROM login_known_addresses WHERE address = '192.0.2.200'`);
      expect(known.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  describe('per client address', () => {
    it('holds back an address after twenty failures, for names it has not signed in as, and no other address', async () => {
      const address = '203.0.113.10';
      const colleague = await insertAccount('BUREAU', '520100');
      const newcomer = await insertAccount('BUREAU', '520100');
      // The colleague signs in from the office every day.
      expect((await attempt(t, colleague, TEST_PASSWORD, { address })).ok).toBe(true);
      // Someone on the same NAT tries twenty names, four times each (under each name's own limit).
      for (let i = 0; i < 5; i++) await failures(t, uniqueUsername('spray'), 4, address);
      const held = await attempt(t, newcomer, TEST_PASSWORD, { address });
      expect(held).toMatchObject({ reason: 'LOGIN_THROTTLED', retryAfterSeconds: expect.any(Number), retryAfterHeader: expect.any(String) });
      expect(shape(await attempt(t, newcomer, WRONG, { address }))).toEqual(shape(held));
      // The colleague is not shut out of the office by it; the newcomer is free from another address.
      expect((await attempt(t, colleague, TEST_PASSWORD, { address })).ok).toBe(true);
      expect((await attempt(t, newcomer, TEST_PASSWORD, { address: '203.0.113.11' })).ok).toBe(true);
    });

    it('counts an IPv6 client by its /64', async () => {
      for (let i = 0; i < 5; i++) await failures(t, uniqueUsername('v6'), 4, `2001:db8:15:7::${i + 1}`);
      const newcomer = await insertAccount('BUREAU', '520100');
      expect((await attempt(t, newcomer, TEST_PASSWORD, { address: '2001:db8:15:7:abcd::99' })).reason).toBe('LOGIN_THROTTLED');
      expect((await attempt(t, newcomer, TEST_PASSWORD, { address: '2001:db8:15:8::1' })).ok).toBe(true);
    });

    it('believes X-Forwarded-For only from a trusted proxy', async () => {
      // The default app trusts no proxy: the header a caller writes names no address, and nothing is counted under it.
      const plain = await startTestApp();
      try {
        await failures(plain, uniqueUsername('forged'), 3, '192.0.2.77');
      } finally {
        await plain.close();
      }
      expect(await throttleRow('ADDRESS', '192.0.2.77')).toBeUndefined();
      await failures(t, uniqueUsername('proxied'), 3, '192.0.2.78');
      expect(await throttleRow('ADDRESS', '192.0.2.78')).toMatchObject({ failures: 3 });
    });
  });
});
