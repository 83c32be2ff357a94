import 'reflect-metadata';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitOnStartupFailure, prepareRuntime, runUntilStopped } from '@app/runtime';
import { WorkerModule } from './worker.module.js';

/** LOG_LEVEL (pino's names, shared with the API) as Nest's list of levels to print. */
function logLevelsFor(level: string): LogLevel[] {
  const order: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  const upTo = { silent: -1, fatal: 0, error: 1, warn: 2, info: 3, debug: 4, trace: 5 }[level] ?? 3;
  return order.slice(0, upTo + 1);
}

/**
 * `npm run start:worker`: the search relay and the statistics rollup refresh without the HTTP server. Several workers (and API processes with the
 * in-process relay) may run at once: they share the outbox through FOR UPDATE SKIP LOCKED.
 */
async function main(): Promise<void> {
  const runtime = await prepareRuntime({ log: (line) => process.env.LOG_LEVEL === 'debug' && process.stderr.write(`${line}\n`) });
  // Closing lets the batch in flight finish and commit, then closes the connections.
  await runUntilStopped(runtime, async () => {
    const logger = new ConsoleLogger({ json: true, logLevels: logLevelsFor(runtime.config.LOG_LEVEL) });
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime.config), { logger });
    await app.init();
    return app;
  });
  process.stdout.write('Worker running: search relay and statistics rollup (Ctrl-C to stop)\n');
}

main().catch(exitOnStartupFailure);
