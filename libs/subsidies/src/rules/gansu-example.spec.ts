import { claimKeyString } from './claim-key.js';
import { type Assessment, assess } from './evaluate.js';
import type { MonthlyConfirmation, PlacementEvidence } from './evidence.js';
import { GANSU_POLICY_EXAMPLE } from './gansu-example.js';
import { validatePolicy } from './validate-policy.js';

function months(first: string, count: number): MonthlyConfirmation[] {
  const [y, m] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, employed: true, socialInsurancePaid: true };
  });
}

/** A 脱贫劳动力 of 东乡族自治县 (622926) working in another province. */
const AWAY: PlacementEvidence = {
  placementId: 'gs-1',
  hukouRegionCode: '622926',
  startDate: '2024-03-01',
  endDate: null,
  scope: 'OTHER_PROVINCE',
  organized: true,
  agentOrganizationId: 'agent-g',
  employerOrganizationId: 'factory-x',
  employerKind: 'ENTERPRISE',
  employerSmallOrMicro: false,
  postingKind: 'EAST_WEST',
  contractMonths: 12,
  categoriesAtStart: ['POVERTY_ALLEVIATED'],
  firstOrganizedPlacement: true,
  confirmations: months('2024-03', 3),
  existingClaims: [],
};

/** The same person at a workshop in the home county. */
const WORKSHOP: PlacementEvidence = {
  ...AWAY,
  placementId: 'gs-2',
  scope: 'SAME_COUNTY',
  employerOrganizationId: 'workshop-w',
  employerKind: 'WORKSHOP',
  postingKind: 'WORKSHOP',
  startDate: '2024-10-01',
  confirmations: months('2024-10', 6),
};

function kind(result: Assessment[], k: string): Assessment {
  return result.find((a) => a.kind === k)!;
}

describe('Gansu as data (example policy)', () => {
  it('is a valid policy', () => expect(validatePolicy(JSON.parse(JSON.stringify(GANSU_POLICY_EXAMPLE))).ok).toBe(true));

  it('pays the transport subsidy once per statistics cycle: again in the next cycle, not twice in one', () => {
    const first = kind(assess(GANSU_POLICY_EXAMPLE, AWAY, '2024-06-15'), 'TRANSPORT');
    expect(first).toMatchObject({ status: 'ELIGIBLE', amount: 300 });
    expect(claimKeyString(first.claimKey)).toBe('TRANSPORT:C2024');
    const paid = [{ kind: 'TRANSPORT' as const, claimKey: 'TRANSPORT:C2024' }];

    // Back east in September 2024: still the 2024 cycle (October 2023 – September 2024).
    const sameCycle = { ...AWAY, placementId: 'gs-3', startDate: '2024-09-01', confirmations: months('2024-09', 3), existingClaims: paid };
    const again = kind(assess(GANSU_POLICY_EXAMPLE, sameCycle, '2024-12-10'), 'TRANSPORT');
    expect(again.status).toBe('ALREADY_CLAIMED');
    expect(again.reason).toContain('本统计年度（2023-10-01至2024-09-30）');

    // Out again in October 2024: the 2025 cycle pays once more.
    const nextCycle = { ...AWAY, placementId: 'gs-4', startDate: '2024-10-08', confirmations: months('2024-10', 4), existingClaims: paid };
    const next = kind(assess(GANSU_POLICY_EXAMPLE, nextCycle, '2025-02-10'), 'TRANSPORT');
    expect(next).toMatchObject({ status: 'ELIGIBLE', amount: 300 });
    expect(claimKeyString(next.claimKey)).toBe('TRANSPORT:C2025');
  });

  it('rewards the workshop for six stable months, once per person, workshop and cycle', () => {
    const reward = kind(assess(GANSU_POLICY_EXAMPLE, WORKSHOP, '2025-04-10'), 'ABSORPTION');
    expect(reward).toMatchObject({ status: 'ELIGIBLE', amount: 1000, beneficiary: 'EMPLOYER', beneficiaryOrganizationId: 'workshop-w' });
    expect(claimKeyString(reward.claimKey)).toBe('ABSORPTION:workshop-w:C2025');

    const fiveMonths = kind(assess(GANSU_POLICY_EXAMPLE, { ...WORKSHOP, confirmations: months('2024-10', 5) }, '2025-03-10'), 'ABSORPTION');
    expect(fiveMonths).toMatchObject({ status: 'PENDING', eligibleOn: '2025-04-01' });

    const claimed = [{ kind: 'ABSORPTION' as const, claimKey: 'ABSORPTION:workshop-w:C2025' }];
    expect(kind(assess(GANSU_POLICY_EXAMPLE, { ...WORKSHOP, existingClaims: claimed }, '2025-04-10'), 'ABSORPTION').status).toBe('ALREADY_CLAIMED');
    // Another workshop, or the same one in the next cycle, may still be rewarded for this person.
    const otherWorkshop = { ...WORKSHOP, employerOrganizationId: 'workshop-v', existingClaims: claimed };
    expect(kind(assess(GANSU_POLICY_EXAMPLE, otherWorkshop, '2025-04-10'), 'ABSORPTION').status).toBe('ELIGIBLE');
    const nextCycle = { ...WORKSHOP, startDate: '2025-10-01', confirmations: months('2025-10', 6), existingClaims: claimed };
    expect(kind(assess(GANSU_POLICY_EXAMPLE, nextCycle, '2026-04-10'), 'ABSORPTION').status).toBe('ELIGIBLE');
  });

  it('does not reward an enterprise that is not a workshop', () => {
    expect(kind(assess(GANSU_POLICY_EXAMPLE, { ...WORKSHOP, employerKind: 'ENTERPRISE' }, '2025-04-10'), 'ABSORPTION').status).toBe('INELIGIBLE');
  });
});
