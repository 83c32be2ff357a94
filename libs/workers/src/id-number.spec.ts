import { ageOnFirstOfJanuary, idCheckCharacter, idNumberFacts, idNumberProblem, maskIdNumber, normalizeIdNumber } from './id-number.js';

const TODAY = new Date('2026-11-23T00:00:00Z');

describe('resident ID numbers (GB 11643)', () => {
  // The specimen number printed in GB 11643-1999 and real-shaped numbers from Guizhou, Guangdong and Yunnan.
  it.each(['11010519491231002X', '520102199003070014', '440524198001010013', '532126198506152329'])('accepts %s', (id) => {
    expect(idNumberProblem(id, TODAY)).toBeNull();
  });

  it('computes the ISO 7064 MOD 11-2 check character, X standing for 10', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('44052419800101001')).toBe('3');
  });

  it('refuses a wrong check character', () => {
    expect(idNumberProblem('110105194912310021', TODAY)).toBe('check character');
    expect(idNumberProblem('440524198001010014', TODAY)).toBe('check character');
    expect(idNumberProblem('52010219900307001X', TODAY)).toBe('check character');
  });

  it('refuses impossible and future birth dates', () => {
    const withDate = (d: string) => {
      const body = `520102${d}001`;
      return body + idCheckCharacter(body);
    };
    expect(idNumberProblem(withDate('19900230'), TODAY)).toBe('birth date');
    expect(idNumberProblem(withDate('19901301'), TODAY)).toBe('birth date');
    expect(idNumberProblem(withDate('20300101'), TODAY)).toBe('birth date');
    expect(idNumberProblem(withDate('18991231'), TODAY)).toBe('birth date');
    expect(idNumberProblem(withDate('20000229'), TODAY)).toBeNull();
  });

  it('refuses wrong lengths and characters', () => {
    expect(idNumberProblem('52010219900307001', TODAY)).toBe('length');
    expect(idNumberProblem('5201021990030700111', TODAY)).toBe('length');
    expect(idNumberProblem('52010219900307A011', TODAY)).toBe('characters');
    expect(idNumberProblem('X20102199003070011', TODAY)).toBe('characters');
  });

  it('normalises full-width digits, spaces and a lower-case x', () => {
    expect(normalizeIdNumber('１１０１０５ 19491231002x')).toBe('11010519491231002X');
  });

  it('derives birth date and gender', () => {
    expect(idNumberFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE', registrationRegion: '110105' });
    expect(idNumberFacts('440524198001010013')).toMatchObject({ gender: 'MALE' });
  });

  it('masks all but the first 6 and the check character: no birth-date digit, no sequence digit', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105***********X');
    expect(maskIdNumber('520102199003070014')).toBe('520102***********4');
  });

  it('gives the age on 1 January of the current year, which changes only on New Year’s Day', () => {
    expect(ageOnFirstOfJanuary('1990-03-07', '2026-01-01')).toBe(35);
    expect(ageOnFirstOfJanuary('1990-03-07', '2026-03-07')).toBe(35);
    expect(ageOnFirstOfJanuary('1990-03-07', '2026-12-31')).toBe(35);
    expect(ageOnFirstOfJanuary('1990-01-01', '2026-06-30')).toBe(36);
    expect(ageOnFirstOfJanuary('1990-12-31', '2026-06-30')).toBe(35);
  });
});
