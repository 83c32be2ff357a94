import { utcDateOf } from '@app/common';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { LedgerColumnKey } from './ledger-columns.js';
import { type HeaderMap, knownHeaderCount, mapHeaders } from './ledger-headers.js';
import { LEDGER_LIMITS, type LedgerLimits, grouped } from './ledger-limits.js';
import { decodeLedgerText, parseCsvRecords } from './ledger-text.js';
import { guardedXlsx } from './xlsx-guard.js';
import { LedgerFileError, LedgerFileReason, LedgerTooLargeError } from './ledger.exception.js';

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

/** "B", "AA": the column letters Excel shows, for a column (0-based) that has no header. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function tooManyColumns(row: number, columns: number, limits: LedgerLimits): LedgerTooLargeError {
  return new LedgerTooLargeError(LedgerFileReason.LEDGER_TOO_MANY_COLUMNS, { row, column: columnLetters(columns - 1), max: grouped(limits.maxColumns) });
}

/**
 * Finds the header among the first rows, then turns every later non-empty row into a RawLedgerRow, holding the file
 * to the row and cell limits as it goes: the first row or cell beyond them stops the reading.
 */
class SheetCollector {
  private headers: HeaderMap | undefined;
  private headerCells: string[] = [];
  private headerRow = 0;
  private readonly early: Array<{ row: number; cells: string[] }> = [];
  readonly rows: RawLedgerRow[] = [];

  constructor(private readonly limits: LedgerLimits) {}

  add(rowNumber: number, cells: string[], numeric: (index: number) => boolean = () => false): void {
    this.checkCells(rowNumber, cells);
    if (!this.headers) {
      if (cells.every((c) => c.trim() === '')) return;
      this.early.push({ row: rowNumber, cells });
      if (knownHeaderCount(cells) >= 2) {
        this.headers = mapHeaders(cells);
        this.headerCells = cells;
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
    if (empty) return;
    if (this.rows.length >= this.limits.maxRows) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_TOO_MANY_ROWS, { max: grouped(this.limits.maxRows), row: rowNumber });
    }
    this.rows.push(row);
  }

  /** Every cell, in every column and above the header too: a limit of the file, not of the columns imported. */
  private checkCells(rowNumber: number, cells: string[]): void {
    const { maxColumns, maxCellLength } = this.limits;
    if (cells.length > maxColumns) throw tooManyColumns(rowNumber, cells.length, this.limits);
    cells.forEach((cell, index) => {
      if (cell.length <= maxCellLength) return;
      const letters = columnLetters(index);
      const header = (this.headerCells[index] ?? '').trim().slice(0, 20);
      const column = header
        ? { zh: `“${header}”列（${letters} 列）`, en: `column “${header}” (${letters})` }
        : { zh: ` ${letters} 列`, en: `column ${letters}` };
      throw new LedgerFileError(LedgerFileReason.LEDGER_CELL_TOO_LONG, { row: rowNumber, column, length: grouped(cell.length), max: grouped(maxCellLength) });
    });
  }

  finish(format: LedgerFormat): LedgerSheet {
    if (!this.headers) {
      if (this.early.length === 0) throw new LedgerFileError(LedgerFileReason.LEDGER_EMPTY);
      mapHeaders(this.early[0].cells);
    }
    return { format, headerRow: this.headerRow, rows: this.rows };
  }
}

async function readXlsx(source: LedgerSource, limits: LedgerLimits): Promise<LedgerSheet> {
  // The zip's directory is read before any part is inflated: it needs the whole file (at most the upload cap).
  const bytes = 'bytes' in source ? source.bytes : await readFile(source.path);
  const input = await guardedXlsx(bytes, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const collector = new SheetCollector(limits);
  try {
    // The first worksheet is the ledger; a template's explanation sheet or notes after it are not read.
    for await (const sheet of reader) {
      for await (const row of sheet) {
        // exceljs walks every column up to a row's last cell, even an empty one: a cell in column XFD would cost
        // 16,384 steps on each of a million rows.
        if (row.cellCount > limits.maxColumns) throw tooManyColumns(row.number, row.cellCount, limits);
        const cells: string[] = [];
        const numbers = new Set<number>();
        row.eachCell((cell, column) => {
          cells[column - 1] = cellText(cell.value);
          if (typeof cell.value === 'number') numbers.add(column - 1);
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        collector.add(row.number, cells, (index) => numbers.has(index));
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

async function readCsv(source: LedgerSource, limits: LedgerLimits): Promise<LedgerSheet> {
  const bytes = 'bytes' in source ? source.bytes : await readFile(source.path);
  const records = parseCsvRecords(decodeLedgerText(bytes).text);
  const collector = new SheetCollector(limits);
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
export async function readLedger(source: LedgerSource, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerSheet> {
  const format = ledgerFormatOf(source.fileName, await headOf(source));
  return format === 'xlsx' ? readXlsx(source, limits) : readCsv(source, limits);
}
