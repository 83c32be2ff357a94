import { alreadyClaimedReason, claimedUnder, claimKeyOf, claimKeyString } from './claim-key.js';
import { GUIZHOU_POLICY } from './default-policies.js';
import { assess } from './evaluate.js';
import type { PlacementEvidence } from './evidence.js';
import type { OncePer, SubsidyPolicy, SubsidyRule } from './policy.js';

const evidence = (overrides: Partial<PlacementEvidence> = {}): PlacementEvidence => ({
  placementId: 'placement-1',
  hukouRegionCode: '620102',
  startDate: '2025-03-01',
  endDate: null,
  scope: 'OTHER_PROVINCE',
  organized: true,
  agentOrganizationId: 'agent-a',
  employerOrganizationId: 'employer-x',
  employerKind: 'ENTERPRISE',
  employerSmallOrMicro: false,
  postingKind: 'EAST_WEST',
  contractMonths: 12,
  categoriesAtStart: ['POVERTY_ALLEVIATED'],
  firstOrganizedPlacement: true,
  confirmations: ['2025-03', '2025-04', '2025-05'].map((month) => ({ month, employed: true, socialInsurancePaid: true })),
  existingClaims: [],
  ...overrides,
});

const rule = (oncePer: OncePer, beneficiary: SubsidyRule['beneficiary'] = 'WORKER'): SubsidyRule => ({
  kind: beneficiary === 'WORKER' ? 'TRANSPORT' : 'TRACKING_SERVICE',
  beneficiary,
  amount: 300,
  oncePer,
  conditions: [{ type: 'scope', anyOf: ['OTHER_PROVINCE'] }],
});

const key = (oncePer: OncePer, overrides: Partial<PlacementEvidence> = {}, beneficiary: SubsidyRule['beneficiary'] = 'WORKER') =>
  claimKeyOf(rule(oncePer, beneficiary), evidence(overrides), beneficiary === 'WORKER' ? null : 'agent-a');

describe('claim keys: each once-per scope as data', () => {
  it('spells each scope’s key as subsidy_claims.claim_key stores it', () => {
    expect(claimKeyString(key('PERSON_KIND'))).toBe('TRANSPORT');
    expect(claimKeyString(key('PERSON_KIND_YEAR'))).toBe('TRANSPORT:Y2025');
    expect(claimKeyString(key('PERSON_KIND_CYCLE'))).toBe('TRANSPORT:C2025');
    expect(claimKeyString(key('PERSON_KIND_BENEFICIARY', {}, 'AGENT'))).toBe('TRACKING_SERVICE:agent-a');
    expect(claimKeyString(key('PLACEMENT_KIND'))).toBe('TRANSPORT:Pplacement-1');
  });

  it('keys a yearly rule by the calendar year of the start date', () => {
    const claimed2025 = [{ kind: 'TRANSPORT' as const, claimKey: 'TRANSPORT:Y2025' }];
    expect(claimedUnder(key('PERSON_KIND_YEAR', { startDate: '2025-12-31' }), claimed2025)).toBe(true);
    expect(claimedUnder(key('PERSON_KIND_YEAR', { startDate: '2026-01-01' }), claimed2025)).toBe(false);
  });

  it('keys a per-cycle rule by the statistics cycle (1 October – 30 September) of the start date', () => {
    expect(claimKeyString(key('PERSON_KIND_CYCLE', { startDate: '2025-09-30' }))).toBe('TRANSPORT:C2025');
    expect(claimKeyString(key('PERSON_KIND_CYCLE', { startDate: '2025-10-01' }))).toBe('TRANSPORT:C2026');
    const cycle2026 = [{ kind: 'TRANSPORT' as const, claimKey: 'TRANSPORT:C2026' }];
    expect(claimedUnder(key('PERSON_KIND_CYCLE', { startDate: '2026-09-30' }), cycle2026)).toBe(true);
    expect(claimedUnder(key('PERSON_KIND_CYCLE', { startDate: '2026-10-01' }), cycle2026)).toBe(false);
  });

  it('lets a once-ever rule be used up by any claim of its kind, a yearly one included', () => {
    expect(claimedUnder(key('PERSON_KIND'), [{ kind: 'TRANSPORT', claimKey: 'TRANSPORT:Y2024' }])).toBe(true);
    expect(claimedUnder(key('PERSON_KIND'), [{ kind: 'JOB_SEEKING', claimKey: 'JOB_SEEKING' }])).toBe(false);
  });

  it('keys a per-placement rule (人次) by the placement: another placement of the same person may claim again', () => {
    const claimedHere = [{ kind: 'TRANSPORT' as const, claimKey: 'TRANSPORT:Pplacement-1' }];
    expect(claimedUnder(key('PLACEMENT_KIND'), claimedHere)).toBe(true);
    expect(claimedUnder(key('PLACEMENT_KIND', { placementId: 'placement-2' }), claimedHere)).toBe(false);
  });

  it('never treats a per-organisation rule without an organisation to pay as claimed', () => {
    const none = claimKeyOf(rule('PERSON_KIND_BENEFICIARY', 'AGENT'), evidence(), null);
    expect(claimedUnder(none, [{ kind: 'TRACKING_SERVICE', claimKey: 'TRACKING_SERVICE' }])).toBe(false);
  });

  it('says in which scope it was claimed, never where or through whom', () => {
    const text = (oncePer: OncePer, overrides: Partial<PlacementEvidence> = {}) =>
      alreadyClaimedReason(key(oncePer, overrides), rule(oncePer), '一次性交通补助', evidence(overrides));
    expect(text('PERSON_KIND')).toBe('该人员已申领过一次性交通补助，每人限享受一次');
    expect(text('PERSON_KIND_YEAR')).toBe('该人员2025年已申领过一次性交通补助，每人每年限享受一次');
    expect(text('PERSON_KIND_CYCLE', { startDate: '2025-10-08' })).toBe(
      '该人员本统计年度（2025-10-01至2026-09-30）已申领过一次性交通补助，每个统计年度限享受一次',
    );
    expect(text('PLACEMENT_KIND')).toBe('本次就业已申领过一次性交通补助，每次就业限申领一次');
  });

  it('assesses a yearly transport rule again in the next year, ALREADY_CLAIMED within the same one', () => {
    const yearly: SubsidyPolicy = {
      provinceCode: '620000',
      name: '甘肃省脱贫劳动力外出务工交通补助（测试）',
      version: '1',
      validFrom: '2024-01-01',
      validTo: '2027-12-31',
      rules: [{ ...rule('PERSON_KIND_YEAR'), conditions: [{ type: 'scope', anyOf: ['OTHER_PROVINCE'] }] }],
    };
    const claims = [{ kind: 'TRANSPORT' as const, claimKey: 'TRANSPORT:Y2025' }];
    expect(assess(yearly, evidence({ existingClaims: claims }), '2025-06-15')[0]).toMatchObject({ status: 'ALREADY_CLAIMED' });
    const next = evidence({ placementId: 'placement-2', startDate: '2026-02-10', confirmations: [], existingClaims: claims });
    expect(assess(yearly, next, '2026-03-01')[0]).toMatchObject({ status: 'ELIGIBLE', amount: 300, claimKey: { scope: 'Y2026' } });
  });

  it('keeps the Guizhou defaults: transport and job seeking once ever, tracking and absorption per paid organisation', () => {
    expect(GUIZHOU_POLICY.rules.map((r) => `${r.kind}:${r.oncePer}`)).toEqual([
      'TRANSPORT:PERSON_KIND',
      'JOB_SEEKING:PERSON_KIND',
      'JOB_SEEKING:PERSON_KIND',
      'TRACKING_SERVICE:PERSON_KIND_BENEFICIARY',
      'ABSORPTION:PERSON_KIND_BENEFICIARY',
    ]);
  });
});
