import 'reflect-metadata';
import { exitOnStartupFailure, prepareRuntime } from '@app/runtime';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  if (process.argv.includes('--demo')) process.env.DEMO = '1';
  const started = Date.now();
  const runtime = await prepareRuntime({ log: (line) => process.env.LOG_LEVEL === 'debug' && process.stderr.write(`${line}\n`) });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await app?.close().catch(() => undefined);
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
    app = await createApp(runtime.config);
    await app.listen(runtime.config.PORT, runtime.config.HOST);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  const url = `http://localhost:${runtime.config.PORT}/graphql`;
  process.stdout.write(`GraphQL ready at ${url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

main().catch(exitOnStartupFailure);
