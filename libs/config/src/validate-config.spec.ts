import { ConfigError, validateConfig } from './validate-config.js';

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);
const valid = { JWT_SECRET: 'x'.repeat(40), ID_ENCRYPTION_KEY: KEY_A, ID_HMAC_KEY: KEY_B };

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
    expect(validateConfig({ ...valid, NODE_ENV: 'production' }).introspection).toBe(false);
    expect(problemsOf({ ...valid, NODE_ENV: 'production', GRAPHQL_DEBUG: 'true' })).toEqual(['GRAPHQL_DEBUG must be off when NODE_ENV=production']);
  });
});
