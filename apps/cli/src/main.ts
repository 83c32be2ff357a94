import 'reflect-metadata';
import { DomainError, languageFromHeader, localize } from '@app/common';
import { exitOnStartupFailure, prepareRuntime } from '@app/runtime';
import type { CliCommand } from './commands/command.js';
import { createAdminCommand } from './commands/create-admin.command.js';
import { importWorkersCommand } from './commands/import-workers.command.js';
import { migrateCommand } from './commands/migrate.command.js';
import { refreshStatisticsCommand } from './commands/refresh-statistics.command.js';
import { reindexCommand } from './commands/reindex.command.js';
import { seedDemoCommand } from './commands/seed-demo.command.js';

const COMMANDS: CliCommand[] = [migrateCommand, createAdminCommand, importWorkersCommand, reindexCommand, refreshStatisticsCommand, seedDemoCommand];

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(48)} ${c.description}`);
  return `Usage: npm run cli -- <command> [arguments]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(name && name !== '--help' ? `Unknown command: ${name}\n\n${usage()}` : usage());
    process.exit(name && name !== '--help' ? 2 : 0);
  }
  const runtime = await prepareRuntime().catch(exitOnStartupFailure);
  try {
    await command.run(runtime, args);
  } catch (error) {
    // The operator's locale picks the language of domain messages (Chinese unless it is English).
    const language = languageFromHeader(process.env.LC_ALL ?? process.env.LANG?.replace('_', '-').split('.')[0]);
    const message = error instanceof DomainError ? localize(error.text, language) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${command.name} failed: ${message}\n`);
    process.exitCode = 1;
  } finally {
    await runtime.stop();
  }
}

void main();
