import { statutoryRetirementDate } from './retirement-age.js';

describe('statutoryRetirementDate (the 2025 gradual reform)', () => {
  it('keeps the original age for anyone who reached it before January 2025', () => {
    expect(statutoryRetirementDate('1964-12-20', 'MALE')).toBe('2024-12-20');
    expect(statutoryRetirementDate('1974-12-05', 'FEMALE')).toBe('2024-12-05');
  });

  it('adds one month every four months for men, up to 63', () => {
    expect(statutoryRetirementDate('1965-01-15', 'MALE')).toBe('2025-02-15'); // 60 years 1 month
    expect(statutoryRetirementDate('1965-04-30', 'MALE')).toBe('2025-05-30');
    expect(statutoryRetirementDate('1965-05-01', 'MALE')).toBe('2025-07-01'); // 60 years 2 months
    expect(statutoryRetirementDate('1976-08-10', 'MALE')).toBe('2039-07-10'); // 62 years 11 months
    expect(statutoryRetirementDate('1976-09-10', 'MALE')).toBe('2039-09-10'); // 63
    expect(statutoryRetirementDate('1990-03-03', 'MALE')).toBe('2053-03-03');
  });

  it('adds one month every two months for women workers, up to 55', () => {
    expect(statutoryRetirementDate('1975-01-10', 'FEMALE')).toBe('2025-02-10'); // 50 years 1 month
    expect(statutoryRetirementDate('1975-03-10', 'FEMALE')).toBe('2025-05-10'); // 50 years 2 months
    expect(statutoryRetirementDate('1984-12-31', 'FEMALE')).toBe('2039-12-31'); // 55
    expect(statutoryRetirementDate('1995-06-01', 'FEMALE')).toBe('2050-06-01');
  });

  it('clamps a month-end birthday like the calendar does', () => {
    expect(statutoryRetirementDate('1966-02-28', 'MALE')).toBe('2026-06-28');
    expect(statutoryRetirementDate('1976-01-31', 'FEMALE')).toBe('2026-08-31');
  });
});
