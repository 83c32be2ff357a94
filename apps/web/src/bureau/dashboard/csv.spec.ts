/// <reference types="jest" />
import { toCsv } from './csv';

describe('chart CSV', () => {
  it('starts with a byte-order mark for Excel, ends lines with CRLF and quotes what needs it', () => {
    const csv = toCsv({
      name: 'x',
      columns: ['地区', '人数'],
      rows: [
        ['黔南州', 5],
        ['A, "B"', 0],
      ],
    });
    expect(csv).toBe('\uFEFF地区,人数\r\n黔南州,5\r\n"A, ""B""",0\r\n');
  });
});
