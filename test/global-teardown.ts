import { readFileSync } from 'node:fs';
import { createMeiliClient } from '@app/search';
import { findPersonalData } from './support/personal-data-scan.js';
import { responseScanSummary } from './support/response-scan.js';

/** Where personal data appears in any document of any index the run created: `index.field` per finding, never the value. */
async function personalDataInSearchIndex(): Promise<string[]> {
  if (!process.env.MEILI_HOST) return [];
  const client = createMeiliClient(process.env.MEILI_HOST, process.env.MEILI_MASTER_KEY);
  const { results: indexes } = await client.getIndexes({ limit: 1000 });
  const found: string[] = [];
  for (const index of indexes) {
    for (let offset = 0; ; offset += 1000) {
      const page = await client.index(index.uid).getDocuments({ offset, limit: 1000 });
      for (const document of page.results) {
        for (const [field, value] of Object.entries(document)) {
          if (findPersonalData(JSON.stringify(value)).length) found.push(`${index.uid}.${field}`);
        }
      }
      if (page.results.length < 1000) break;
    }
  }
  return found;
}

export default async function globalTeardown(): Promise<void> {
  const services = globalThis.__TEST_SERVICES__;
  try {
    // Nothing the applications logged, and nothing in the search index, may contain an ID number or a phone number.
    const logFile = process.env.LOG_FILE;
    const inLogs = logFile ? findPersonalData(readFileSync(logFile, 'utf8')) : [];
    const inIndex = await personalDataInSearchIndex();
    // Every response an employer or agent received: never a birth date beside a masked ID (test/support/response-scan.ts).
    const responses = responseScanSummary();
    if (inLogs.length || inIndex.length || responses.findings.length) {
      throw new Error(
        `Personal data found after the test run: ${inLogs.length} in application logs, ${inIndex.length} in Meilisearch documents (${[...new Set(inIndex)].join(', ')}), ` +
          `${responses.findings.length} in employer and agent responses (${responses.findings.slice(0, 20).join(' | ')})`,
      );
    }
    process.stdout.write(`Personal-data scan: application logs, every Meilisearch document and ${responses.scanned} employer and agent responses are clean.\n`);
  } finally {
    await services?.stop();
  }
}
