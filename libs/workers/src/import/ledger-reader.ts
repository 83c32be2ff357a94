import { utcDateOf } from '@app/common';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { LedgerColumnKey } from './ledger-columns.js';
import { type HeaderMap, knownHeaderCount, mapHeaders } from './ledger-headers.js';
import { decodeLedgerText, parseCsvRecords } from './ledger-text.js';
import { LedgerFileError, LedgerFileReason } from './ledger.exception.js';

/** Where a ledger comes from: an upload held in memory, or a file on disk (the CLI). */
export type LedgerSource = { fileName: string; bytes: Buffer } | { fileName: string; path: string };

export type LedgerFormat = 'xlsx' | 'csv';

/** One data row as text, keyed by column; `row` is the spreadsheet row number (the header is usually row 1). */
export interface RawLedgerRow {
  row: number;
  cells: Partial<Record<LedgerColumnKey, string>>;
  /** The ID number cell held a number: Excel keeps only 15 significant digits, so the last ones are lost. */
  idNumberIsNumeric?: boolean;
}

export interface LedgerSheet {
  format: LedgerFormat;
  headerRow: number;
  rows: RawLedgerRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** A title row (e.g. “XX县脱贫劳动力台账”) may sit above the header: look this far down for it. */
const HEADER_SEARCH_ROWS = 10;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Decided by content first (an .xlsx is a zip), by extension second; old .xls and anything else is refused. */
export function ledgerFormatOf(fileName: string, head: Uint8Array): LedgerFormat {
  const ext = extname(fileName).toLowerCase();
  if (startsWith(head, OLE_MAGIC)) throw new LedgerFileError(LedgerFileReason.LEDGER_XLS_UNSUPPORTED);
  if (startsWith(head, ZIP_MAGIC)) {
    if (ext === '.xlsx' || ext === '.xlsm' || ext === '') return 'xlsx';
    throw new LedgerFileError(LedgerFileReason.LEDGER_FORMAT_UNSUPPORTED, { received: received(ext) });
  }
  if (ext === '.csv' || ext === '.txt') {
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    if (!utf16 && head.includes(0)) throw new LedgerFileError(LedgerFileReason.LEDGER_NOT_TEXT);
    return 'csv';
  }
  if (ext === '.xlsx') throw new LedgerFileError(LedgerFileReason.LEDGER_XLSX_INVALID);
  throw new LedgerFileError(LedgerFileReason.LEDGER_FORMAT_UNSUPPORTED, { received: received(ext) });
}

/** "（收到 .pdf 文件）" when the file has an extension. */
function received(ext: string) {
  return ext ? { zh: `（收到 ${ext} 文件）`, en: ` (received a ${ext} file)` } : { zh: '', en: '' };
}

/** Text of a cell whatever exceljs made of it: shared or rich text, formula results, hyperlinks, numbers, dates. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // A spreadsheet date is a day stored as UTC midnight: its UTC day is the day written in the cell.
  if (value instanceof Date) return utcDateOf(value);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}

/** Finds the header among the first rows, then turns every later non-empty row into a RawLedgerRow. */
class SheetCollector {
  private headers: HeaderMap | undefined;
  private headerRow = 0;
  private readonly early: Array<{ row: number; cells: string[] }> = [];
  readonly rows: RawLedgerRow[] = [];

  add(rowNumber: number, cells: string[], numeric: (index: number) => boolean = () => false): void {
    if (!this.headers) {
      if (cells.every((c) => c.trim() === '')) return;
      this.early.push({ row: rowNumber, cells });
      if (knownHeaderCount(cells) >= 2) {
        this.headers = mapHeaders(cells);
        this.headerRow = rowNumber;
      } else if (this.early.length >= HEADER_SEARCH_ROWS) {
        mapHeaders(this.early[0].cells); // throws, naming the missing columns
      }
      return;
    }
    const row: RawLedgerRow = { row: rowNumber, cells: {} };
    let empty = true;
    for (const [key, index] of this.headers) {
      // PostgreSQL cannot store NUL in text; it never means anything in a ledger cell.
      const text = (cells[index] ?? '').replace(/\u0000/g, '').trim();
      if (text === '') continue;
      empty = false;
      row.cells[key] = text;
      if (key === 'idNumber' && numeric(index)) row.idNumberIsNumeric = true;
    }
    if (!empty) this.rows.push(row);
  }

  finish(format: LedgerFormat): LedgerSheet {
    if (!this.headers) {
      if (this.early.length === 0) throw new LedgerFileError(LedgerFileReason.LEDGER_EMPTY);
      mapHeaders(this.early[0].cells);
    }
    return { format, headerRow: this.headerRow, rows: this.rows };
  }
}

async function readXlsx(source: LedgerSource): Promise<LedgerSheet> {
  const input = 'bytes' in source ? Readable.from([source.bytes]) : createReadStream(source.path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const collector = new SheetCollector();
  try {
    // The first worksheet is the ledger; a template's explanation sheet or notes after it are not read.
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        collector.add(row.number, cells, (index) => typeof values[index + 1] === 'number');
      }
      break;
    }
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    throw new LedgerFileError(LedgerFileReason.LEDGER_XLSX_INVALID);
  } finally {
    input.destroy();
  }
  return collector.finish('xlsx');
}

async function readCsv(source: LedgerSource): Promise<LedgerSheet> {
  const bytes = 'bytes' in source ? source.bytes : await readFile(source.path);
  const records = parseCsvRecords(decodeLedgerText(bytes).text);
  const collector = new SheetCollector();
  records.forEach((cells, i) => collector.add(i + 1, cells));
  return collector.finish('csv');
}

async function headOf(source: LedgerSource): Promise<Uint8Array> {
  if ('bytes' in source) return source.bytes.subarray(0, 4096);
  const file = await open(source.path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Reads the ledger's first sheet (xlsx, streamed) or the CSV into text rows; file-level problems throw LedgerFileError. */
export async function readLedger(source: LedgerSource): Promise<LedgerSheet> {
  const format = ledgerFormatOf(source.fileName, await headOf(source));
  return format === 'xlsx' ? readXlsx(source) : readCsv(source);
}
