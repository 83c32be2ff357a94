import 'reflect-metadata';
import { exitOnStartupFailure, prepareRuntime, runUntilStopped } from '@app/runtime';
import { createApp } from './create-app.js';

async function main(): Promise<void> {
  if (process.argv.includes('--demo')) process.env.DEMO = '1';
  const started = Date.now();
  const runtime = await prepareRuntime({ log: (line) => process.env.LOG_LEVEL === 'debug' && process.stderr.write(`${line}\n`) });
  await runUntilStopped(runtime, async () => {
    const app = await createApp(runtime.config);
    await app.listen(runtime.config.PORT, runtime.config.HOST);
    return app;
  });
  const url = `http://localhost:${runtime.config.PORT}/graphql`;
  process.stdout.write(`GraphQL ready at ${url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

main().catch(exitOnStartupFailure);
