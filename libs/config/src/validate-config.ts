import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config.js';
import { developmentSecretProblems } from './production-secrets.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {});
  const missing = error.value === undefined || error.value === '';
  return missing ? `${error.property} is required (${reasons.join('; ')})` : `${error.property}: ${reasons.join('; ')}`;
}

/** Builds the typed configuration from raw environment strings, or throws a ConfigError naming every bad variable. */
export function validateConfig(raw: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(AppConfig, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: true });
  const problems = errors.map(describe);
  if (config.ID_ENCRYPTION_KEY && config.ID_ENCRYPTION_KEY === config.ID_HMAC_KEY) {
    problems.push('ID_HMAC_KEY must differ from ID_ENCRYPTION_KEY');
  }
  if (config.isProduction && config.GRAPHQL_DEBUG) {
    problems.push('GRAPHQL_DEBUG must be off when NODE_ENV=production');
  }
  const previousIds = (config.ID_ENCRYPTION_PREVIOUS_KEYS ?? '').split(',').map((pair) => pair.split(':')[0]);
  if (config.ID_ENCRYPTION_PREVIOUS_KEYS && previousIds.includes(config.ID_ENCRYPTION_KEY_ID)) {
    problems.push(`ID_ENCRYPTION_PREVIOUS_KEYS must not list the current ID_ENCRYPTION_KEY_ID (${config.ID_ENCRYPTION_KEY_ID}): give the new key a new id`);
  }
  problems.push(...developmentSecretProblems(config, new Set(errors.map((e) => e.property))));
  if (problems.length) throw new ConfigError(problems);
  return config;
}
