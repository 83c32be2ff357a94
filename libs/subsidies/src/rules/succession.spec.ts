import { GUIZHOU_POLICY, HAINAN_POLICY } from './default-policies.js';
import type { SubsidyPolicy } from './policy.js';
import { appliesUntil, successionProblems } from './succession.js';

const next = (overrides: Partial<SubsidyPolicy>): SubsidyPolicy => ({
  ...GUIZHOU_POLICY,
  version: '2026',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  ...overrides,
});

describe('successionProblems', () => {
  it('accepts a later, higher version of the same province, even with a validFrom in the past', () => {
    expect(successionProblems(GUIZHOU_POLICY, next({}))).toEqual([]);
    expect(successionProblems(GUIZHOU_POLICY, next({ validFrom: '2021-01-02' }))).toEqual([]);
  });

  it('reports every problem at once, each on its field, in Chinese', () => {
    const problems = successionProblems(HAINAN_POLICY, next({ validFrom: '2020-01-01', version: '0' }));
    expect(problems.map((p) => p.field)).toEqual(['supersedesId', 'validFrom', 'version']);
    expect(problems.map((p) => p.reason)).toEqual(['SUCCESSOR_OTHER_PROVINCE', 'SUCCESSOR_STARTS_TOO_EARLY', 'SUCCESSOR_VERSION_NOT_HIGHER']);
    expect(problems[0].text.zh).toContain('460000');
    expect(problems[1].text.zh).toContain(HAINAN_POLICY.validFrom);
  });

  it('refuses a successor starting the same day as its predecessor, and an equal version', () => {
    expect(successionProblems(GUIZHOU_POLICY, next({ validFrom: GUIZHOU_POLICY.validFrom })).map((p) => p.reason)).toEqual(['SUCCESSOR_STARTS_TOO_EARLY']);
    expect(successionProblems(GUIZHOU_POLICY, next({ version: GUIZHOU_POLICY.version })).map((p) => p.reason)).toEqual(['SUCCESSOR_VERSION_NOT_HIGHER']);
  });
});

describe('appliesUntil', () => {
  it('is the validTo without a successor, or when the successor starts after it', () => {
    expect(appliesUntil(GUIZHOU_POLICY, null)).toBe('2025-12-31');
    expect(appliesUntil(GUIZHOU_POLICY, next({ validFrom: '2026-03-01' }))).toBe('2025-12-31');
  });

  it('is the day before the successor takes effect when it starts earlier', () => {
    expect(appliesUntil(GUIZHOU_POLICY, next({ validFrom: '2025-07-01' }))).toBe('2025-06-30');
    expect(appliesUntil(GUIZHOU_POLICY, next({ validFrom: '2024-03-01' }))).toBe('2024-02-29');
  });
});
