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

describe('policyFor along a chain of versions', () => {
  const first = { ...GUIZHOU_POLICY, id: 'v1', supersedesId: null };
  it('lets a successor take over from its validFrom, even where the predecessor’s dates overlap it', () => {
    const successor = { ...GUIZHOU_POLICY, id: 'v2', version: '2', supersedesId: 'v1', validFrom: '2025-07-01', validTo: '2026-12-31' };
    expect(policyFor([first, successor], '522731', '2025-06-30')?.id).toBe('v1');
    expect(policyFor([first, successor], '522731', '2025-07-01')?.id).toBe('v2');
    expect(policyFor([first, successor], '522731', '2026-02-01')?.id).toBe('v2');
    expect(policyFor([first, successor], '522731', '2027-01-01')).toBeNull();
  });

  it('never falls back to a replaced version after a shorter successor ends', () => {
    const short = { ...GUIZHOU_POLICY, id: 'v2', version: '2', supersedesId: 'v1', validFrom: '2024-01-01', validTo: '2024-12-31' };
    expect(policyFor([first, short], '522731', '2024-06-01')?.id).toBe('v2');
    // v1 still runs to 2025-12-31 on paper, but v2 replaced it from 2024-01-01: 2025 is a gap, not v1 again.
    expect(policyFor([first, short], '522731', '2025-03-01')).toBeNull();
  });

  it('keeps the version of the start date for a placement started before a correction took effect', () => {
    const v2026 = { ...GUIZHOU_POLICY, id: 'v2', version: '2026', supersedesId: 'v1', validFrom: '2026-01-01', validTo: '2026-12-31' };
    const fix = { ...GUIZHOU_POLICY, id: 'v3', version: '2026.1', supersedesId: 'v2', validFrom: '2026-06-01', validTo: '2027-12-31' };
    const all = [fix, v2026, first];
    expect(policyFor(all, '522731', '2025-12-31')?.id).toBe('v1');
    expect(policyFor(all, '522731', '2026-02-01')?.id).toBe('v2');
    expect(policyFor(all, '522731', '2026-06-01')?.id).toBe('v3');
    expect(policyFor(all, '522731', '2027-12-31')?.id).toBe('v3');
  });
});
