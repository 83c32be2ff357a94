import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDevelopmentSecrets } from './development-secrets.js';
import { ConfigError, validateConfig } from './validate-config.js';

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);
const valid = { JWT_SECRET: 'x'.repeat(40), ID_ENCRYPTION_KEY: KEY_A, ID_HMAC_KEY: KEY_B };
const random = () => randomBytes(32).toString('hex');
/** Fresh random secrets, as an operator generates them for production (the uniform examples above would be refused). */
const production = () => ({ NODE_ENV: 'production', JWT_SECRET: random(), ID_ENCRYPTION_KEY: random(), ID_HMAC_KEY: random() });

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    validateConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateConfig', () => {
  it('applies defaults and converts numbers and booleans', () => {
    const config = validateConfig({ ...valid, PORT: '4000', OUTBOX_RELAY: 'false' });
    expect(config.PORT).toBe(4000);
    expect(config.OUTBOX_RELAY).toBe(false);
    expect(config.NODE_ENV).toBe('development');
    expect(config.JWT_EXPIRES_IN_SECONDS).toBe(8 * 3600);
    expect(config.introspection).toBe(true);
  });

  it('names each missing required variable', () => {
    const problems = problemsOf({});
    expect(problems.some((p) => p.startsWith('JWT_SECRET is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ID_ENCRYPTION_KEY is required'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ID_HMAC_KEY is required'))).toBe(true);
  });

  it('names a malformed variable and why', () => {
    expect(problemsOf({ ...valid, PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x' })).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
    expect(problemsOf({ ...valid, OUTBOX_RELAY: 'maybe' })).toEqual([expect.stringMatching(/^OUTBOX_RELAY: /)]);
    expect(problemsOf({ ...valid, ID_ENCRYPTION_KEY: 'short' })).toEqual([expect.stringContaining('ID_ENCRYPTION_KEY must be 32 bytes')]);
  });

  it('requires the Meilisearch key only when a Meilisearch host is given', () => {
    expect(problemsOf({ ...valid })).toEqual([]);
    expect(problemsOf({ ...valid, MEILI_HOST: 'http://meili:7700' })).toEqual([expect.stringMatching(/^MEILI_MASTER_KEY is required/)]);
    expect(problemsOf({ ...valid, MEILI_HOST: 'http://meili:7700', MEILI_MASTER_KEY: 'k'.repeat(20) })).toEqual([]);
  });

  it('refuses the same key for encryption and fingerprints', () => {
    expect(problemsOf({ ...valid, ID_HMAC_KEY: KEY_A })).toEqual(['ID_HMAC_KEY must differ from ID_ENCRYPTION_KEY']);
  });

  it('turns introspection off and refuses debug errors in production', () => {
    expect(validateConfig(production()).introspection).toBe(false);
    expect(problemsOf({ ...production(), GRAPHQL_DEBUG: 'true' })).toEqual(['GRAPHQL_DEBUG must be off when NODE_ENV=production']);
  });

  it('refuses a previous encryption key listed under the current key id', () => {
    expect(problemsOf({ ...valid, ID_ENCRYPTION_KEY_ID: 'k2', ID_ENCRYPTION_PREVIOUS_KEYS: `k1:${random()}` })).toEqual([]);
    expect(problemsOf({ ...valid, ID_ENCRYPTION_KEY_ID: 'k2', ID_ENCRYPTION_PREVIOUS_KEYS: `k1:${random()},k2:${random()}` })).toEqual([
      expect.stringMatching(/^ID_ENCRYPTION_PREVIOUS_KEYS must not list the current ID_ENCRYPTION_KEY_ID \(k2\)/),
    ]);
  });

  it('accepts a scrape token of 32 visible characters or more, nothing shorter or with spaces', () => {
    expect(problemsOf({ ...valid, METRICS_TOKEN: random() })).toEqual([]);
    expect(problemsOf({ ...valid, METRICS_TOKEN: 'short' })).toEqual([expect.stringMatching(/^METRICS_TOKEN: METRICS_TOKEN must be 32/)]);
    expect(problemsOf({ ...valid, METRICS_TOKEN: `${'a1b2'.repeat(8)} x` })).toEqual([expect.stringMatching(/^METRICS_TOKEN: /)]);
  });

  describe('development secrets in production', () => {
    let dataDir: string;
    beforeEach(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'config-spec-'));
    });
    afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

    it('names every setting that holds a secret generated for development, never the value', () => {
      // What `npm start` does on a developer's machine: the keys land in DATA_DIR/secrets.json.
      const dev = withDevelopmentSecrets({ NODE_ENV: 'development', DATA_DIR: dataDir });
      const env = {
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        JWT_SECRET: dev.JWT_SECRET,
        ID_ENCRYPTION_KEY: dev.ID_ENCRYPTION_KEY,
        ID_HMAC_KEY: dev.ID_HMAC_KEY,
      };
      const problems = problemsOf(env);
      expect(problems).toEqual([
        expect.stringMatching(/^JWT_SECRET is a development secret \(generated into .*secrets\.json\)/),
        expect.stringMatching(/^ID_ENCRYPTION_KEY is a development secret/),
        expect.stringMatching(/^ID_HMAC_KEY is a development secret/),
      ]);
      for (const value of [dev.JWT_SECRET!, dev.ID_ENCRYPTION_KEY!, dev.ID_HMAC_KEY!]) expect(problems.join('\n')).not.toContain(value);
      // The same values outside production are what development runs on.
      expect(problemsOf({ ...env, NODE_ENV: 'development' })).toEqual([]);
    });

    it('refuses example, placeholder and uniform values, and the development database password', () => {
      const dev = withDevelopmentSecrets({ NODE_ENV: 'development', DATA_DIR: dataDir });
      const problems = problemsOf({
        ...production(),
        DATA_DIR: dataDir,
        JWT_SECRET: 'please-change-me-before-going-live!!',
        ID_ENCRYPTION_KEY: KEY_A,
        MEILI_HOST: 'http://meili:7700',
        MEILI_MASTER_KEY: 'at-least-16-characters',
        METRICS_TOKEN: 'abcd'.repeat(10),
        DATABASE_URL: `postgres://labour:${dev.EMBEDDED_PG_PASSWORD ?? ''}@db:5432/labour_match`,
      });
      expect(problems).toEqual([
        expect.stringMatching(/^JWT_SECRET looks like a placeholder \(contains "change"\)/),
        expect.stringMatching(/^ID_ENCRYPTION_KEY has too few different characters/),
        expect.stringMatching(/^MEILI_MASTER_KEY is the example value published in \.env\.example/),
        expect.stringMatching(/^METRICS_TOKEN has too few different characters/),
        expect.stringMatching(/^DATABASE_URL holds a development password/),
      ]);
    });

    it('accepts fresh random secrets in production, hex or base64', () => {
      expect(problemsOf({ ...production(), DATA_DIR: dataDir, ID_HMAC_KEY: randomBytes(32).toString('base64'), METRICS_TOKEN: random() })).toEqual([]);
    });
  });
});
