import { GUIZHOU_POLICY } from './default-policies.js';
import type { SubsidyPolicy } from './policy.js';
import { gapAssessments, gapReason } from './policy-gap.js';

const placement = { hukouRegionCode: '522731', startDate: '2026-02-01', agentOrganizationId: 'agency-1', employerOrganizationId: 'employer-1' };

describe('gapReason', () => {
  it('names the end of the last version and the first day without one', () => {
    expect(gapReason('贵州省', [GUIZHOU_POLICY], '2026-02-01')).toBe('贵州省政策已于2025-12-31到期，2026-02-01起无有效政策');
  });

  it('names both ends of a gap between two versions', () => {
    const later: SubsidyPolicy = { ...GUIZHOU_POLICY, version: '2', validFrom: '2026-07-01', validTo: '2027-12-31' };
    expect(gapReason('贵州省', [later, GUIZHOU_POLICY], '2026-02-01')).toBe(
      '贵州省政策已于2025-12-31到期，下一版本2026-07-01起施行，2026-01-01至2026-06-30无有效政策（就业开始日期 2026-02-01）',
    );
  });

  it('says when the first version only starts later, or that the province has none', () => {
    expect(gapReason('贵州省', [GUIZHOU_POLICY], '2020-05-01')).toBe('贵州省政策自2021-01-01起施行，2020-05-01无有效政策');
    expect(gapReason('甘肃省', [], '2026-02-01')).toBe('甘肃省尚未录入补贴政策，2026-02-01无有效政策');
  });
});

describe('gapAssessments', () => {
  it('assesses each kind of the latest version INELIGIBLE with POLICY_GAP, paying nobody and naming no policy', () => {
    const assessments = gapAssessments(placement, '贵州省', [GUIZHOU_POLICY]);
    expect(assessments.map((a) => a.kind)).toEqual(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION']);
    for (const a of assessments) {
      expect(a).toMatchObject({ status: 'INELIGIBLE', reasonCode: 'POLICY_GAP', amount: null, policy: null, ruleIndex: null, eligibleOn: null });
      expect(a.reason).toBe('贵州省政策已于2025-12-31到期，2026-02-01起无有效政策');
    }
    const byKind = Object.fromEntries(assessments.map((a) => [a.kind, a]));
    expect(byKind.TRACKING_SERVICE).toMatchObject({ beneficiary: 'AGENT', beneficiaryOrganizationId: 'agency-1' });
    expect(byKind.ABSORPTION).toMatchObject({ beneficiary: 'EMPLOYER', beneficiaryOrganizationId: 'employer-1' });
    expect(byKind.TRANSPORT).toMatchObject({ beneficiary: 'WORKER', beneficiaryOrganizationId: null });
  });

  it('uses the kinds of the province’s latest version and ignores other provinces’ policies', () => {
    const onlyAbsorption: SubsidyPolicy = { ...GUIZHOU_POLICY, version: '0', validFrom: '2019-01-01', validTo: '2019-12-31' };
    const newest: SubsidyPolicy = { ...onlyAbsorption, version: '3', validFrom: '2030-01-01', validTo: '2030-12-31', rules: [GUIZHOU_POLICY.rules[0]] };
    const elsewhere: SubsidyPolicy = { ...GUIZHOU_POLICY, provinceCode: '460000' };
    expect(gapAssessments(placement, '贵州省', [onlyAbsorption, newest, elsewhere]).map((a) => a.kind)).toEqual(['TRANSPORT']);
  });

  it('assesses the engine’s four kinds when the province never had a policy', () => {
    const assessments = gapAssessments({ ...placement, hukouRegionCode: '620102' }, '甘肃省', [GUIZHOU_POLICY]);
    expect(assessments.map((a) => a.kind)).toEqual(['TRANSPORT', 'JOB_SEEKING', 'TRACKING_SERVICE', 'ABSORPTION']);
    expect(assessments[0].reason).toBe('甘肃省尚未录入补贴政策，2026-02-01无有效政策');
  });
});
