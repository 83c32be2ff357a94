import { type LedgerLimits, grouped, megabytes } from './ledger-limits.js';
import { LedgerFileError, LedgerFileReason, LedgerTooLargeError } from './ledger.exception.js';

/** One part of a zip as its central directory describes it, with where its compressed bytes really are. */
export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  /** As declared: a crafted file may lie, so readers count what they inflate. */
  uncompressedSize: number;
  /** The compressed bytes (a view of the file, not a copy). */
  data: Buffer;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const ENCRYPTED = 0x0001;

function invalid(): LedgerFileError {
  return new LedgerFileError(LedgerFileReason.LEDGER_XLSX_INVALID);
}

function endOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  throw invalid();
}

/**
 * The parts of a zip from its central directory, checked before anything is inflated: the declared sizes must stay
 * under the limits, and every part must lie where the directory says, apart from the others (overlapping parts are how
 * a 42 KB file declares petabytes). Multi-disk, ZIP64 and encrypted archives are refused: no ledger needs them.
 */
export function listZipEntries(bytes: Buffer, limits: LedgerLimits): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw invalid();
  const eocd = endOfCentralDirectory(bytes);
  const disk = bytes.readUInt16LE(eocd + 4);
  const cdDisk = bytes.readUInt16LE(eocd + 6);
  const onDisk = bytes.readUInt16LE(eocd + 8);
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0xffff || cdOffset === ZIP64_MARK) throw invalid();
  if (count > limits.maxZipEntries) throw new LedgerTooLargeError(LedgerFileReason.LEDGER_TOO_MANY_PARTS, { max: grouped(limits.maxZipEntries) });
  if (cdOffset + cdSize > eocd) throw invalid();

  const entries: Array<ZipEntry & { start: number; end: number }> = [];
  let declared = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw invalid();
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc32 = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (at > eocd) throw invalid();
    if (flags & ENCRYPTED || (method !== 0 && method !== 8)) throw invalid();
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) throw invalid();

    declared += uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_UNCOMPRESSED_TOO_LARGE, { megabytes: megabytes(limits.maxUncompressedBytes) });
    }
    if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > limits.maxCompressionRatio * compressedSize) {
      throw new LedgerTooLargeError(LedgerFileReason.LEDGER_COMPRESSION_RATIO, { ratio: grouped(limits.maxCompressionRatio) });
    }

    // The local header must repeat the name: a reader walking the file front to back then meets the same parts.
    if (localOffset + 30 > cdOffset || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw invalid();
    const localName = bytes.subarray(localOffset + 30, localOffset + 30 + bytes.readUInt16LE(localOffset + 26));
    if (!localName.equals(nameBytes)) throw invalid();
    const start = localOffset + 30 + localName.length + bytes.readUInt16LE(localOffset + 28);
    const end = start + compressedSize;
    if (end > cdOffset) throw invalid();
    entries.push({
      name: nameBytes.toString('utf8'),
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      data: bytes.subarray(start, end),
      start: localOffset,
      end,
    });
  }

  const byPlace = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byPlace.length; i++) if (byPlace[i].start < byPlace[i - 1].end) throw invalid();
  return entries.map(({ start: _start, end: _end, ...entry }) => entry);
}
