import { existsSync } from 'node:fs';
import { AppConfig, ConfigError, validateConfig, withDevelopmentSecrets } from '@app/config';
import { runMigrations } from '@app/database';
import { startEmbeddedServices } from '@app/embedded';

export interface Runtime {
  config: AppConfig;
  /** Stops the embedded services this process started (a no-op when it started none). */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** Apply pending migrations before returning (every process does; the lock makes concurrent starts safe). */
  migrate?: boolean;
  log?: (line: string) => void;
}

/**
 * What every process (api, worker, cli) does before Nest starts: read `.env`, fill development secrets,
 * validate the configuration (naming every bad variable), start the embedded PostgreSQL and Meilisearch when
 * DATABASE_URL / MEILI_HOST are unset, and apply migrations.
 */
export async function prepareRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = withDevelopmentSecrets(process.env);
  validateConfig(env);
  const services = await startEmbeddedServices(env, options.log);
  try {
    const config = validateConfig(services.env);
    if (options.migrate !== false) await runMigrations(config.DATABASE_URL!);
    return { config, stop: () => services.stop() };
  } catch (error) {
    await services.stop();
    throw error;
  }
}

/** Prints a configuration problem as the list of variables to fix, or any other start-up failure, and exits 1. */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
