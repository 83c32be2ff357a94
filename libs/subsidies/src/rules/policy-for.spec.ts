import { DEFAULT_POLICIES, GUIZHOU_POLICY, HAINAN_POLICY, HAINAN_POLICY_2021 } from './default-policies.js';
import type { SubsidyPolicy } from './policy.js';
import { policyFor } from './policy-for.js';

describe('policyFor', () => {
  it('picks the hukou province policy valid on the start date, from a county, city or province code', () => {
    for (const code of ['520102', '520100', '520000']) expect(policyFor(DEFAULT_POLICIES, code, '2024-03-10')).toBe(GUIZHOU_POLICY);
  });

  it('includes both ends of the validity period', () => {
    expect(policyFor(DEFAULT_POLICIES, '520102', '2021-01-01')).toBe(GUIZHOU_POLICY);
    expect(policyFor(DEFAULT_POLICIES, '520102', '2025-12-31')).toBe(GUIZHOU_POLICY);
  });

  it('has nothing before or after the validity period, or for a province without a policy', () => {
    expect(policyFor(DEFAULT_POLICIES, '520102', '2020-12-31')).toBeNull();
    expect(policyFor(DEFAULT_POLICIES, '520102', '2026-01-01')).toBeNull();
    expect(policyFor(DEFAULT_POLICIES, '620102', '2024-03-10')).toBeNull();
  });

  it('follows the start date across consecutive versions', () => {
    expect(policyFor(DEFAULT_POLICIES, '460105', '2021-12-31')).toBe(HAINAN_POLICY_2021);
    expect(policyFor(DEFAULT_POLICIES, '460105', '2022-01-01')).toBe(HAINAN_POLICY);
  });

  it('lets the highest version win where versions overlap, whatever the list order', () => {
    const revision: SubsidyPolicy = { ...GUIZHOU_POLICY, version: '2', validFrom: '2024-01-01', validTo: '2030-12-31' };
    for (const list of [
      [GUIZHOU_POLICY, revision],
      [revision, GUIZHOU_POLICY],
    ]) {
      expect(policyFor(list, '520102', '2023-12-31')).toBe(GUIZHOU_POLICY);
      expect(policyFor(list, '520102', '2024-01-01')).toBe(revision);
      expect(policyFor(list, '520102', '2030-06-01')).toBe(revision);
    }
  });

  it('compares versions as people number them', () => {
    const v = (version: string): SubsidyPolicy => ({ ...GUIZHOU_POLICY, version });
    expect(policyFor([v('9'), v('10')], '520102', '2024-03-10')?.version).toBe('10');
    expect(policyFor([v('2023.10'), v('2023.9')], '520102', '2024-03-10')?.version).toBe('2023.10');
    expect(policyFor([v('2023'), v('2023-rev1')], '520102', '2024-03-10')?.version).toBe('2023-rev1');
  });

  it('returns the caller’s own objects (e.g. stored rows with an id)', () => {
    const stored = [{ ...GUIZHOU_POLICY, id: 'p1' }];
    expect(policyFor(stored, '520102', '2024-03-10')?.id).toBe('p1');
  });
});
