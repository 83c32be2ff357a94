/**
 * How much a ledger (台账) may hold. An .xlsx is a zip: 50 KB of deflate can stand for 50 MB of XML, so the upload
 * cap alone bounds nothing. These caps bound what the reader inflates, parses and keeps, whatever the file claims.
 * A real 100,000-row ledger of the template's 12 columns inflates to about 55 MB at a ratio of 8 to 10.
 */
export interface LedgerLimits {
  /** Parts in the zip (a workbook has about a dozen; pictures and extra sheets add a few). */
  maxZipEntries: number;
  /** Declared size of all parts together, and inflated size of the parts actually read. */
  maxUncompressedBytes: number;
  /** Inflated ÷ compressed bytes of one part; deflate reaches 1,032, a real sheet about 10. */
  maxCompressionRatio: number;
  /** Parts smaller than this inflated are not held to the ratio: a tiny part cannot cost anything. */
  ratioFloorBytes: number;
  /** Entries of the shared-strings table (every distinct text of the workbook). */
  maxSharedStrings: number;
  /** Inflated size of the shared-strings table, which the reader keeps in memory while it reads the sheet. */
  maxSharedStringsBytes: number;
  /** Bytes between two tags of the XML: one text or one tag can be no longer, however long a cell claims to be. */
  maxXmlRunBytes: number;
  /** Open elements inside one another: the XML parser keeps every open one. */
  maxXmlDepth: number;
  /** Data rows (non-empty rows below the header). */
  maxRows: number;
  /** Columns a row may reach (Excel allows 16,384; a ledger has a few dozen). */
  maxColumns: number;
  /** Characters of one cell. */
  maxCellLength: number;
}

export const LEDGER_LIMITS: Readonly<LedgerLimits> = {
  maxZipEntries: 1_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxSharedStrings: 1_000_000,
  maxSharedStringsBytes: 40 * 1024 * 1024,
  maxXmlRunBytes: 64 * 1024,
  maxXmlDepth: 64,
  maxRows: 100_000,
  maxColumns: 1_024,
  maxCellLength: 1_000,
};

/** "100,000": limits are quoted in messages as people write large numbers. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
