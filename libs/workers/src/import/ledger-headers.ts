import { LEDGER_COLUMNS, type LedgerColumnKey } from './ledger-columns.js';
import { LedgerFileError, LedgerFileReason } from './ledger.exception.js';

/** Column position (0-based) of each known column found in the header row. */
export type HeaderMap = Map<LedgerColumnKey, number>;

/**
 * Header cells typed by hand carry full-width letters and brackets, stray spaces, a required marker (`*姓名`) or a
 * note in brackets (`身份证号（必填）`): all of that is ignored when matching.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/^\*+|\*+$/g, '')
    .toLowerCase();
}

const KEY_BY_NAME = new Map<string, LedgerColumnKey>(
  LEDGER_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((name) => [normalizeHeader(name), c.key] as [string, LedgerColumnKey])),
);

export function columnKeyOf(header: string): LedgerColumnKey | undefined {
  return KEY_BY_NAME.get(normalizeHeader(header));
}

/** How many cells of a row name ledger columns: tells the header row from a title row above it. */
export function knownHeaderCount(cells: readonly string[]): number {
  return cells.filter((cell) => columnKeyOf(cell) !== undefined).length;
}

/** Maps a header row to column positions; a missing required column or a column named twice fails the whole file. */
export function mapHeaders(cells: readonly string[]): HeaderMap {
  const map: HeaderMap = new Map();
  cells.forEach((cell, index) => {
    const key = columnKeyOf(cell);
    if (!key) return;
    if (map.has(key)) {
      const header = LEDGER_COLUMNS.find((c) => c.key === key)!.header;
      throw new LedgerFileError(LedgerFileReason.LEDGER_DUPLICATE_COLUMN, { header, first: map.get(key)! + 1, second: index + 1 });
    }
    map.set(key, index);
  });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !map.has(c.key)).map((c) => `“${c.header}”`);
  if (missing.length) {
    throw new LedgerFileError(LedgerFileReason.LEDGER_MISSING_COLUMNS, { columns: { zh: missing.join('、'), en: missing.join(', ') } });
  }
  return map;
}
