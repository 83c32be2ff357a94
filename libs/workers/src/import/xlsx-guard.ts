import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { type LedgerLimits, grouped, megabytes } from './ledger-limits.js';
import { type ZipEntry, listZipEntries } from './ledger-zip.js';
import { XmlShapeGuard } from './xml-shape.js';
import { LedgerFileError, LedgerFileReason, LedgerTooLargeError } from './ledger.exception.js';

const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const CHUNK = 64 * 1024;

/** An empty table and an empty list of relationships: with both known up front exceljs reads the sheet as it streams. */
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);
const EMPTY_RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
);

/** A part the reader will inflate again: its compressed bytes and the size they were counted to inflate to. */
interface CheckedPart {
  name: string;
  method: 0 | 8;
  crc32: number;
  data: Buffer;
  size: number;
}

function invalid(): LedgerFileError {
  return new LedgerFileError(LedgerFileReason.LEDGER_XLSX_INVALID);
}

/** Inflates a part in 64 KB pieces handed to `each`, which may throw to stop at once; nothing is kept. */
async function inflate(entry: ZipEntry, each: (chunk: Buffer) => void): Promise<void> {
  if (entry.method === 0) {
    for (let at = 0; at < entry.data.length; at += CHUNK) each(entry.data.subarray(at, at + CHUNK));
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(entry.data);
  try {
    for await (const chunk of inflater) each(chunk as Buffer);
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    throw invalid();
  } finally {
    inflater.destroy();
  }
}

/**
 * Inflates a part the reader needs, counting: the directory's sizes passed the limits (listZipEntries), and a part
 * that inflates to one byte more than it declared is stopped there, so the limits hold for the bytes really inflated
 * whatever the file claims — a lying bomb costs its declared size, no more.
 */
async function checkPart(entry: ZipEntry, limits: LedgerLimits, sharedStrings: boolean): Promise<CheckedPart> {
  const shape = new XmlShapeGuard(limits, sharedStrings);
  let size = 0;
  let crc = 0;
  await inflate(entry, (chunk) => {
    size += chunk.length;
    if (size > entry.uncompressedSize) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_SIZE_UNDECLARED, {
        megabytes: megabytes(limits.maxUncompressedBytes),
        ratio: grouped(limits.maxCompressionRatio),
      });
    }
    shape.write(chunk);
    crc = crc32(chunk, crc);
  });
  if (size !== entry.uncompressedSize || crc !== entry.crc32) throw invalid();
  return { name: entry.name, method: entry.method, crc32: entry.crc32, data: entry.data, size };
}

function stored(name: string, data: Buffer): CheckedPart {
  return { name, method: 0, crc32: crc32(data), data, size: data.length };
}

/** A zip of just these parts, each with its sizes in its local header, so a reader front to back meets exactly them. */
function zipOf(parts: CheckedPart[]): Buffer[] {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(0x0021, 12);
    local.writeUInt32LE(part.crc32, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(part.method, 10);
    header.writeUInt16LE(0x0021, 14);
    header.writeUInt32LE(part.crc32, 16);
    header.writeUInt32LE(part.data.length, 20);
    header.writeUInt32LE(part.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    out.push(local, name, part.data);
    central.push(header, name);
    offset += local.length + name.length + part.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return [...out, ...central, end];
}

/**
 * Checks an .xlsx against the ledger limits and returns the stream exceljs should read: a zip of only the parts it
 * needs (relationships, workbook, shared strings, the first sheet), each counted while inflated here, so that the
 * parser behind it inflates nothing that was not counted and never spills a sheet to a temp file.
 */
export async function guardedXlsx(bytes: Buffer, limits: LedgerLimits): Promise<Readable> {
  const entries = listZipEntries(bytes, limits);
  const named = (name: string) => {
    const found = entries.filter((e) => e.name === name);
    if (found.length > 1) throw invalid();
    return found[0];
  };
  // The first sheet in the file: the one exceljs met first when it walked the whole zip.
  const sheet = entries
    .filter((e) => SHEET.test(e.name))
    .sort((a, b) => a.data.byteOffset - b.data.byteOffset)
    .at(0);
  const rels = named(RELS);
  const workbook = named(WORKBOOK);
  const sharedStrings = named(SHARED_STRINGS);
  if (sharedStrings && sharedStrings.uncompressedSize > limits.maxSharedStringsBytes) {
    throw new LedgerTooLargeError(LedgerFileReason.LEDGER_SHARED_STRINGS_TOO_LARGE, { megabytes: megabytes(limits.maxSharedStringsBytes) });
  }
  const parts: CheckedPart[] = [rels ? await checkPart(rels, limits, false) : stored(RELS, EMPTY_RELS)];
  if (workbook) parts.push(await checkPart(workbook, limits, false));
  parts.push(sharedStrings ? await checkPart(sharedStrings, limits, true) : stored(SHARED_STRINGS, EMPTY_SHARED_STRINGS));
  if (sheet) parts.push(await checkPart(sheet, limits, false));
  return Readable.from(zipOf(parts), { objectMode: false });
}
