import { LEDGER_LIMITS, type LedgerLimits } from './ledger-limits.js';
import { XmlShapeGuard } from './xml-shape.js';
import { LedgerFileError } from './ledger.exception.js';

const limits: LedgerLimits = { ...LEDGER_LIMITS, maxXmlDepth: 6, maxXmlRunBytes: 100, maxSharedStrings: 3 };

/** The reason the guard refuses `xml` with, fed in pieces of `size` bytes; undefined when it passes. */
function refusal(xml: string, size = 1 << 16, shared = false): string | undefined {
  const guard = new XmlShapeGuard(limits, shared);
  const bytes = Buffer.from(xml);
  try {
    for (let at = 0; at < bytes.length; at += size) guard.write(bytes.subarray(at, at + size));
  } catch (error) {
    if (error instanceof LedgerFileError) return error.reason;
    throw error;
  }
  return undefined;
}

const SIZES = [1, 2, 3, 7, 1 << 16];

describe('XML shape guard', () => {
  it.each(SIZES)('passes an ordinary part in pieces of %i bytes', (size) => {
    const xml =
      '<?xml version="1.0"?><worksheet a="x>y" b=\'/\'><!-- <a><b><c><d> --><sheetData><row r="1"><c r="A1" t="s"/>' +
      '<c r="B1"><v>1</v></c><c><is><t><![CDATA[<<<<]]></t></is></c></row><row/><row/></sheetData></worksheet>';
    expect(refusal(xml, size)).toBeUndefined();
  });

  it.each(SIZES)('refuses elements nested too deeply, in pieces of %i bytes', (size) => {
    expect(refusal('<a><b><c><d><e><f></f></e></d></c></b></a>', size)).toBeUndefined();
    expect(refusal('<a><b><c><d><e><f><g>', size)).toBe('LEDGER_XML_TOO_DEEP');
    // A quoted `/>` or `>` is not the end of the tag.
    expect(refusal('<a x="/>"><b y=">"><c><d><e><f><g>', size)).toBe('LEDGER_XML_TOO_DEEP');
  });

  it.each(SIZES)('refuses one text or tag longer than the limit, in pieces of %i bytes', (size) => {
    expect(refusal(`<t>${'x'.repeat(95)}</t>`, size)).toBeUndefined();
    expect(refusal(`<t>${'x'.repeat(101)}</t>`, size)).toBe('LEDGER_XML_RUN_TOO_LONG');
    expect(refusal(`<t a="${'x'.repeat(101)}"/>`, size)).toBe('LEDGER_XML_RUN_TOO_LONG');
    expect(refusal(`<!--${'x'.repeat(101)}-->`, size)).toBe('LEDGER_XML_RUN_TOO_LONG');
  });

  it.each(SIZES)('counts shared strings, in pieces of %i bytes', (size) => {
    const table = (n: number) => `<sst>${'<si><t>a</t></si>'.repeat(n - 1)}<si/></sst>`;
    expect(refusal(table(3), size, true)).toBeUndefined();
    expect(refusal(table(4), size, true)).toBe('LEDGER_TOO_MANY_SHARED_STRINGS');
    expect(refusal(`<sst>${'<sis/><s/><x:si/>'.repeat(5)}</sst>`, size, true)).toBeUndefined();
  });

  it('refuses a DOCTYPE (entities are how an XML file expands itself)', () => {
    expect(refusal('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toBe('LEDGER_XLSX_INVALID');
  });
});
