import type { Runtime } from './prepare-runtime.js';

export interface Closable {
  close(): Promise<void>;
}

/**
 * Runs a long-lived process (the API, the relay worker) on a prepared runtime: SIGINT and SIGTERM close it, let work in
 * flight finish, stop the embedded services and exit 0; an uncaught exception does the same and exits 1. When start-up
 * fails, the embedded services are stopped before the error propagates.
 */
export async function runUntilStopped(runtime: Runtime, start: () => Promise<Closable>): Promise<void> {
  let running: Closable | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await running?.close().catch(() => undefined);
    await runtime.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  process.on('uncaughtException', (error) => {
    process.stderr.write(`Uncaught exception: ${error.stack ?? error.message}\n`);
    void stop(1);
  });
  try {
    running = await start();
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}
