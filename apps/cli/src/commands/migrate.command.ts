import { runMigrations } from '@app/database';
import type { CliCommand } from './command.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  description: 'Apply pending database migrations (the API and worker also do this at start).',
  async run(runtime) {
    const applied = await runMigrations(runtime.config.DATABASE_URL!);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
  },
};
