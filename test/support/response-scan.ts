import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBirthDatesBesideMaskedIds } from './personal-data-scan.js';

/** One line per EMPLOYER or AGENT response the run saw, in the run's directory: Jest's workers write, its teardown reads. */
function ledger(): string | undefined {
  return process.env.TEST_ROOT ? join(process.env.TEST_ROOT, 'response-scan.log') : undefined;
}

/** Scans one response body an employer or agent received, records the result for the end-of-run scan, and returns the findings. */
export function recordResponseScan(role: string, body: unknown): string[] {
  const found = findBirthDatesBesideMaskedIds(body);
  const file = ledger();
  if (file) appendFileSync(file, `${role} ${found.length ? `found ${found.join('; ')}` : 'clean'}\n`);
  return found;
}

/** What the run's employer and agent responses held: how many were scanned and every finding (paths only). */
export function responseScanSummary(): { scanned: number; findings: string[] } {
  const file = ledger();
  if (!file || !existsSync(file)) return { scanned: 0, findings: [] };
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { scanned: lines.length, findings: [...new Set(lines.filter((l) => !l.endsWith(' clean')))] };
}
