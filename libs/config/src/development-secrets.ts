import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['JWT_SECRET', 'ID_ENCRYPTION_KEY', 'ID_HMAC_KEY', 'EMBEDDED_PG_PASSWORD', 'EMBEDDED_MEILI_KEY'] as const;
type Secrets = Record<(typeof GENERATED)[number], string>;

/**
 * Outside production a fresh clone must start with no setup, yet encrypted ID numbers must stay readable
 * across restarts: so missing keys are generated once and kept in DATA_DIR/secrets.json (mode 600, git-ignored).
 * In production nothing is generated and validateConfig names whatever is missing.
 */
export function withDevelopmentSecrets(env: Record<string, string | undefined>): Record<string, string | undefined> {
  if (env.NODE_ENV === 'production') return env;
  const dataDir = env.DATA_DIR || '.data';
  const file = join(dataDir, 'secrets.json');
  let secrets: Partial<Secrets> = {};
  if (existsSync(file)) secrets = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  let changed = false;
  for (const name of GENERATED) {
    if (!secrets[name]) {
      secrets[name] = randomBytes(32).toString('hex');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  const merged = { ...env };
  for (const name of GENERATED) if (!merged[name]) merged[name] = secrets[name];
  return merged;
}
