import { findBirthDatesBesideMaskedIds } from '../support/personal-data-scan.js';

describe('findBirthDatesBesideMaskedIds', () => {
  it('finds a birth date beside a masked ID, at any depth, by path only', () => {
    const body = { data: { applications: [{ worker: { name: '张三', maskedIdNumber: '520102***********X', birthDate: '1990-05-17' } }] } };
    const found = findBirthDatesBesideMaskedIds(body);
    expect(found).toEqual(['$.data.applications[0].worker: a birth date beside maskedIdNumber']);
    expect(found.join()).not.toContain('1990');
  });

  it('finds a masked ID that still shows the eight birth-date digits (the old 6 + 4 form hides them; 6 + 8 + … does not)', () => {
    expect(findBirthDatesBesideMaskedIds({ w: { maskedIdNumber: '52010219900517***X' } })).toEqual(['$.w.maskedIdNumber shows the birth-date digits']);
  });

  it('accepts a masked ID alone, a birth date alone and an age beside a masked ID', () => {
    expect(findBirthDatesBesideMaskedIds({ a: { maskedIdNumber: '520102***********X', age: 35 }, b: { birthDate: '1990-05-17' } })).toEqual([]);
    expect(findBirthDatesBesideMaskedIds({ maskedIdNumber: '520102********001X', createdAt: '2026-01-02' })).toEqual([]);
  });
});
