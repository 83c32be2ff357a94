import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * A part of a hand-made zip. `repeat` deflates `content` that many times over without ever holding the whole in
 * memory (so a test can build a 50 MB part in the process it measures); `declaredSize` writes a size other than the
 * real one into both headers, as a crafted file does.
 */
export interface ZipPart {
  name: string;
  content: string | Buffer;
  repeat?: number;
  prefix?: string;
  suffix?: string;
  declaredSize?: number;
}

async function deflated(part: ZipPart): Promise<{ data: Buffer; crc: number; size: number }> {
  const pieces = [Buffer.from(part.prefix ?? ''), Buffer.from(part.content), Buffer.from(part.suffix ?? '')];
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  const write = async (piece: Buffer) => {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflater.write(piece)) await new Promise((resolve) => deflater.once('drain', resolve));
  };
  await write(pieces[0]);
  // Large writes, few of them: a 50 MB part from a 200-byte row is 250,000 rows.
  const repeat = part.repeat ?? 1;
  const batch = Math.max(1, Math.floor((64 * 1024) / Math.max(1, pieces[1].length)));
  const block = Buffer.concat(Array.from({ length: Math.min(batch, repeat) }, () => pieces[1]));
  let left = repeat;
  while (left >= batch) {
    await write(block);
    left -= batch;
  }
  if (left > 0) await write(Buffer.concat(Array.from({ length: left }, () => pieces[1])));
  await write(pieces[2]);
  deflater.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A zip (deflate, sizes in the local headers, no data descriptors) of these parts, in this order. */
export async function zipOf(parts: ZipPart[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflated(part);
    const declared = part.declaredSize ?? size;
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, data);
    central.push(entry, name);
    offset += header.length + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One `<row>` of inline-string cells from column A on. */
export function sheetRow(row: number, cells: readonly string[]): string {
  const columns = cells.map((text, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`);
  return `<row r="${row}">${columns.join('')}</row>`;
}

export interface SheetXml {
  /** Rows before the repeated run (the header, as a rule). */
  head: string;
  /** A row (or several) written `repeat` times after the head. */
  body?: string;
  repeat?: number;
  /** Declared size of the sheet part, when it should lie. */
  declaredSize?: number;
  /** Extra parts (a shared-strings table, for one). */
  extra?: ZipPart[];
}

/** A minimal workbook whose only sheet holds `head`, then `body` written `repeat` times: a ledger or a bomb. */
export function xlsxOf(sheet: SheetXml): Promise<Buffer> {
  return zipOf([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    ...(sheet.extra ?? []),
    {
      name: 'xl/worksheets/sheet1.xml',
      prefix: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet.head}`,
      content: sheet.body ?? '',
      repeat: sheet.repeat ?? 1,
      suffix: '</sheetData></worksheet>',
      declaredSize: sheet.declaredSize,
    },
  ]);
}

/**
 * A decompression bomb that reads as a ledger: the template's header, then one worker row repeated until the sheet
 * inflates to about `inflatedBytes`; 50 MB of sheet is a file of about 70 KB. With `lie`, both headers declare the sheet
 * a 40 KB part, so only counting the inflated bytes finds it out.
 */
export async function ledgerBombXlsx(inflatedBytes: number, header: readonly string[], lie = false): Promise<Buffer> {
  // White space between rows is legal XML and deflates about 1,000 to 1: the file is a few KB per 4 MB of sheet.
  const body = sheetRow(2, ['张三', '520102199003071236', '13912345678', '520102', 'H1', '脱贫人口', '全劳力']) + ' '.repeat(3_600);
  return xlsxOf({ head: sheetRow(1, header), body, repeat: Math.ceil(inflatedBytes / body.length), declaredSize: lie ? 40 * 1024 : undefined });
}
