import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config.js';

/** The settings a production process must hold as real, random secrets. */
const SECRET_SETTINGS = ['JWT_SECRET', 'ID_ENCRYPTION_KEY', 'ID_HMAC_KEY', 'MEILI_MASTER_KEY', 'METRICS_TOKEN'] as const;

/** Values printed in this repository's examples (.env.example, docs, tests): known to everyone who reads them. */
const PUBLISHED_PLACEHOLDERS = new Set(['at-least-16-characters']);

/** Words of six letters or more that mark a value someone typed in place of a secret (never in random hex; rare in base64). */
const PLACEHOLDER_WORDS = /change|example|placeholder|secret|password|insecure|development|replace/i;

/**
 * The values development generated into DATA_DIR/secrets.json (see withDevelopmentSecrets): they sit unprotected in a
 * working copy, are copied with it, and are shared by everyone who ran the app from it.
 */
function generatedDevelopmentSecrets(dataDir: string): { file: string; values: Set<string> } {
  const file = join(dataDir, 'secrets.json');
  if (!existsSync(file)) return { file, values: new Set() };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return { file, values: new Set(Object.values(parsed).filter((v): v is string => typeof v === 'string' && v.length > 0)) };
  } catch {
    return { file, values: new Set() };
  }
}

/** Too few different characters for a random value of this length (a repeated character, `abab…`, `1234…`). */
function tooUniform(value: string): boolean {
  const distinct = new Set(value).size;
  return distinct < Math.min(8, Math.ceil(value.length / 4));
}

/** Why `value` is not a production secret, or undefined when it may be one. */
function weakness(value: string, generated: { file: string; values: Set<string> }): string | undefined {
  if (generated.values.has(value)) return `is a development secret (generated into ${generated.file})`;
  if (PUBLISHED_PLACEHOLDERS.has(value)) return 'is the example value published in .env.example';
  const word = PLACEHOLDER_WORDS.exec(value)?.[0];
  if (word) return `looks like a placeholder (contains "${word}")`;
  if (tooUniform(value)) return 'has too few different characters to be random';
  return undefined;
}

/**
 * With NODE_ENV=production, every secret setting that holds a development or example value, one problem each, naming
 * the setting and why (never the value). The password inside DATABASE_URL is checked against the generated
 * development passwords too. Settings in `alreadyRefused` (malformed) are not judged again. `ID_ENCRYPTION_PREVIOUS_KEYS` is not judged: a deployment that once ran with a weak key
 * needs it there to rotate away from it.
 */
export function developmentSecretProblems(config: AppConfig, alreadyRefused: ReadonlySet<string> = new Set()): string[] {
  if (!config.isProduction) return [];
  const generated = generatedDevelopmentSecrets(config.DATA_DIR);
  const problems: string[] = [];
  for (const name of SECRET_SETTINGS) {
    const value = config[name];
    if (typeof value !== 'string' || value === '' || alreadyRefused.has(name)) continue;
    const why = weakness(value, generated);
    if (why) problems.push(`${name} ${why}: NODE_ENV=production needs a fresh random value (openssl rand -hex 32)`);
  }
  const password = databasePassword(config.DATABASE_URL);
  if (password && generated.values.has(password)) {
    problems.push(`DATABASE_URL holds a development password (generated into ${generated.file}): NODE_ENV=production needs its own database password`);
  }
  return problems;
}

function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
