import { parse } from 'csv-parse/sync';
import { LedgerFileError, LedgerFileReason } from './ledger.exception.js';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Decodes a CSV file whatever Excel saved it as: UTF-8 with or without a BOM, "Unicode text" (UTF-16 with a BOM),
 * or — the default of Excel on Chinese Windows — GBK/GB18030, recognised because it is not valid UTF-8.
 */
export function decodeLedgerText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Comma, or tab for Excel's "Unicode text" and copy-paste exports: whichever the first line has more of. */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates: Array<',' | '\t' | ';'> = [',', '\t', ';'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** One record per spreadsheet row, so record i (0-based) is row i + 1 when the file is opened in Excel. */
export function parseCsvRecords(text: string): string[][] {
  try {
    return parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line ? { zh: `（约第 ${line} 行，引号不成对）`, en: ` (about line ${line}: unbalanced quotes)` } : { zh: '', en: '' };
    throw new LedgerFileError(LedgerFileReason.LEDGER_CSV_MALFORMED, { where });
  }
}
