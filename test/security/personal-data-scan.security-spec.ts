import { findPersonalData } from '../support/personal-data-scan.js';

/** The end-of-run scan of logs and search documents relies on this finding what it must, and only that. */
describe('the personal-data scanner', () => {
  it('finds valid ID numbers and mobile numbers in any text, reporting them masked', () => {
    const found = findPersonalData('{"msg":"registered 11010519491231002X","phone":"13812345678"} 520102199003070014');
    expect(found).toEqual(['110…2X', '520…14', '138…78']);
  });

  it('ignores masked values, wrong check characters, ids and ordinary numbers', () => {
    expect(findPersonalData('110105********002X 110105194912310021 138****5678 4f1c9a7e-0000 ts=1795426930028 520102')).toEqual([]);
  });

  it('does not mistake the hex digits of a UUID for a mobile number', () => {
    expect(findPersonalData('"id":"0c9f2a1e-7b3d-4e5f-9a8b-c13812345678"')).toEqual([]);
    expect(findPersonalData('联系电话13812345678')).toEqual(['138…78']);
  });
});
