/**
 * `npm run bench:ledger`: what reading a ledger costs in memory and time, each case in a fresh Node process (so one
 * case's heap, nor the building of its file, is the next one's baseline): a 50 MB zip bomb that declares its size, the same bomb lying about it
 * (a 40 KB sheet), and a legitimate 10,000-row ledger as Excel users send it, all through readLedger as an upload is.
 * For reference it also reads the ledger and the bomb with exceljs's streaming reader alone, as the reader did before
 * it was bounded (what the checks cost, and what they prevent).
 * Prints RSS before and after (and the peak) beside each goal. BENCH_LEDGER_ROWS sizes the legitimate ledger.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { ledgerBombXlsx, randomIdNumber, randomMobile } from '@app/testing';
import { LEDGER_COLUMNS, LedgerFileError, readLedger } from '@app/workers';

const MB = 1024 * 1024;
const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 10_000);
const HEADER = LEDGER_COLUMNS.map((c) => c.header);

interface Case {
  name: string;
  /** Goals: the bomb is refused within a second and leaves memory as it was; a real ledger is read. */
  goal: { rssGrowthMb: number; milliseconds: number };
  build(): Promise<Buffer>;
  read(bytes: Buffer): Promise<string>;
}

interface Measure {
  name: string;
  fileKb: number;
  outcome: string;
  milliseconds: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  peakRssMb: number;
}

async function legitimateLedger(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('劳动力台账');
  sheet.addRow(HEADER);
  for (let i = 0; i < rows; i++) {
    sheet.addRow(['王秀英', randomIdNumber('520102'), randomMobile(), '520102', `H${i >> 2}`, '脱贫人口', '全劳力', '普工、电焊', '', '是', '440000', 4000]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function guarded(bytes: Buffer): Promise<string> {
  try {
    const sheet = await readLedger({ fileName: 'ledger.xlsx', bytes });
    return `read ${sheet.rows.length} rows`;
  } catch (error) {
    if (error instanceof LedgerFileError) return `refused ${error.reason}`;
    throw error;
  }
}

/** The reader before it was bounded: exceljs streaming straight from the upload, every row kept. */
async function unguarded(bytes: Buffer): Promise<string> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const rows: unknown[][] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) rows.push(row.values as unknown[]);
    break;
  }
  return `read ${rows.length} rows`;
}

const BOMB_GOAL = { rssGrowthMb: 10, milliseconds: 1_000 };
const CASES: Case[] = [
  { name: 'bomb_50mb', goal: BOMB_GOAL, build: () => ledgerBombXlsx(50 * MB, HEADER), read: guarded },
  { name: 'bomb_50mb_lying', goal: BOMB_GOAL, build: () => ledgerBombXlsx(50 * MB, HEADER, true), read: guarded },
  { name: `ledger_${ROWS / 1000}k_rows`, goal: { rssGrowthMb: 64, milliseconds: 5_000 }, build: () => legitimateLedger(ROWS), read: guarded },
  {
    name: `ledger_${ROWS / 1000}k_rows_unguarded_reference`,
    goal: { rssGrowthMb: Infinity, milliseconds: Infinity },
    build: () => legitimateLedger(ROWS),
    read: unguarded,
  },
  {
    name: 'bomb_50mb_unguarded_reference',
    goal: { rssGrowthMb: Infinity, milliseconds: Infinity },
    build: () => ledgerBombXlsx(50 * MB, HEADER),
    read: unguarded,
  },
];

const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** In the child: load the file the parent built, collect garbage, then read it and measure. */
async function runCase(name: string, file: string): Promise<void> {
  const found = CASES.find((c) => c.name === name);
  if (!found) throw new Error(`unknown case ${name}`);
  const bytes = readFileSync(file);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const outcome = await found.read(bytes);
  const milliseconds = performance.now() - started;
  clearInterval(sampler);
  const after = process.memoryUsage().rss;
  const measure: Measure = {
    name,
    fileKb: Math.round(bytes.length / 1024),
    outcome,
    milliseconds: Math.round(milliseconds),
    rssBeforeMb: mb(before),
    rssAfterMb: mb(after),
    peakRssMb: mb(Math.max(peak, after)),
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

function verdict(value: number, goal: number): string {
  if (!Number.isFinite(goal)) return '(reference, no goal)';
  return `(goal: ≤ ${goal}) ${value <= goal ? 'OK' : 'OVER'}`;
}

async function main(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), 'labour-ledger-bench-'));
  let over = false;
  try {
    for (const c of CASES) {
      const file = join(dir, `${c.name}.xlsx`);
      writeFileSync(file, await c.build());
      const child = spawnSync(process.execPath, ['--expose-gc', self, '--case', c.name, file], { encoding: 'utf8', env: process.env, maxBuffer: 16 * MB });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      if (child.status !== 0 || !line.startsWith('{')) throw new Error(`case ${c.name} failed:\n${child.stdout}\n${child.stderr}`);
      const m = JSON.parse(line) as Measure;
      const growth = Math.round((m.peakRssMb - m.rssBeforeMb) * 10) / 10;
      process.stdout.write(
        `${m.name}: ${m.fileKb} KB file, ${m.outcome}\n` +
          `  ${m.name}_ms: ${m.milliseconds} ${verdict(m.milliseconds, c.goal.milliseconds)}\n` +
          `  ${m.name}_rss_mb: before ${m.rssBeforeMb}, after ${m.rssAfterMb}, peak ${m.peakRssMb}\n` +
          `  ${m.name}_peak_rss_growth_mb: ${growth} ${verdict(growth, c.goal.rssGrowthMb)}\n`,
      );
      if (growth > c.goal.rssGrowthMb || m.milliseconds > c.goal.milliseconds) over = true;
      if (c.name.startsWith('bomb') && Number.isFinite(c.goal.milliseconds) && !m.outcome.startsWith('refused')) over = true;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (over) process.exitCode = 1;
}

const fail = (error: unknown) => {
  process.stderr.write(`bench:ledger failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
};
const caseAt = process.argv.indexOf('--case');
if (caseAt !== -1) runCase(process.argv[caseAt + 1], process.argv[caseAt + 2]).catch(fail);
else main().catch(fail);
