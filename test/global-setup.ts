import { startTestServices, type TestServices } from './test-services.js';

declare global {
  var __TEST_SERVICES__: TestServices | undefined;
}

export default async function globalSetup(): Promise<void> {
  const services = await startTestServices();
  Object.assign(process.env, services.env);
  globalThis.__TEST_SERVICES__ = services;
  // If Jest leaves through process.exit, globalTeardown is skipped: stop the servers anyway.
  process.once('exit', () => void services.stop());
}
