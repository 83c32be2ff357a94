import { readFileSync } from 'node:fs';
import { findPersonalData } from './support/personal-data-scan.js';

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__TEST_SERVICES__;
  try {
    // Every log line the apps wrote during the run must be free of ID numbers and phone numbers.
    const logFile = process.env.LOG_FILE;
    const leaks = logFile ? findPersonalData(readFileSync(logFile, 'utf8')) : [];
    if (leaks.length) throw new Error(`Personal data found in the application logs of this test run: ${leaks.length} occurrence(s)`);
  } finally {
    await services?.stop();
  }
}
