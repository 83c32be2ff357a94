import fc from 'fast-check';
import { addDays, lastDayOf, monthAt, monthIndex, monthOf } from '@app/common';
import { DEFAULT_POLICIES } from './default-policies.js';
import { assess } from './evaluate.js';
import type { MonthlyConfirmation, PlacementEvidence } from './evidence.js';
import { EMPLOYER_KINDS, PLACEMENT_SCOPES, POSTING_KINDS, WORKER_CATEGORIES } from './policy.js';

const START = monthIndex('2022-01');

/** Placements from 2022 to 2025 with up to 14 months of arbitrary confirmations up to today, in Guizhou or Hainan. */
const evidenceArb = fc
  .record({
    province: fc.constantFrom('52', '46'),
    startOffset: fc.integer({ min: 0, max: 47 }),
    startDay: fc.integer({ min: 1, max: 28 }),
    length: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
    states: fc.array(fc.constantFrom('E', 'EI', 'X', '-'), { maxLength: 14 }),
    scope: fc.constantFrom(...PLACEMENT_SCOPES),
    organized: fc.boolean(),
    hasAgent: fc.boolean(),
    employerKind: fc.option(fc.constantFrom(...EMPLOYER_KINDS), { nil: null }),
    smallOrMicro: fc.boolean(),
    postingKind: fc.constantFrom(...POSTING_KINDS),
    contractMonths: fc.integer({ min: 1, max: 36 }),
    categories: fc.subarray([...WORKER_CATEGORIES]),
    first: fc.boolean(),
    todayOffset: fc.integer({ min: 0, max: 20 }),
  })
  .map((r) => {
    const startMonth = START + r.startOffset;
    const startDate = `${monthAt(startMonth)}-${String(r.startDay).padStart(2, '0')}`;
    const endDate = r.length === null ? null : lastDayOf(monthAt(startMonth + r.length));
    const confirmations: MonthlyConfirmation[] = r.states.flatMap((state, i) =>
      state === '-' || i > r.todayOffset ? [] : [{ month: monthAt(startMonth + i), employed: state !== 'X', socialInsurancePaid: state === 'EI' }],
    );
    const evidence: PlacementEvidence = {
      placementId: 'placement-1',
      hukouRegionCode: `${r.province}0102`,
      startDate,
      endDate,
      scope: r.scope,
      organized: r.organized,
      agentOrganizationId: r.organized && r.hasAgent ? 'agent' : null,
      employerOrganizationId: r.employerKind ? 'employer' : null,
      employerKind: r.employerKind,
      employerSmallOrMicro: r.employerKind !== null && r.smallOrMicro,
      postingKind: r.postingKind,
      contractMonths: r.contractMonths,
      categoriesAtStart: r.categories,
      firstOrganizedPlacement: r.organized && r.first,
      confirmations,
      existingClaims: [],
    };
    // Like the placements service: only months that have ended can be confirmed, so today lies after the last one.
    return { evidence, today: addDays(lastDayOf(monthAt(startMonth + r.todayOffset)), 1) };
  });

/** Confirms every unconfirmed month of the placement up to `lastMonth` as employed and insured. */
function confirmUpTo(evidence: PlacementEvidence, lastMonth: number): PlacementEvidence {
  const known = new Set(evidence.confirmations.map((c) => c.month));
  const added: MonthlyConfirmation[] = [];
  for (let i = monthIndex(monthOf(evidence.startDate)); i <= lastMonth; i++) {
    if (!known.has(monthAt(i))) added.push({ month: monthAt(i), employed: true, socialInsurancePaid: true });
  }
  return { ...evidence, confirmations: [...evidence.confirmations, ...added] };
}

describe('assess: properties', () => {
  it('gives one assessment per kind, with eligibleOn exactly when PENDING and never before today', () => {
    fc.assert(
      fc.property(evidenceArb, ({ evidence, today }) => {
        for (const policy of DEFAULT_POLICIES) {
          const result = assess(policy, evidence, today);
          expect(result.map((a) => a.kind)).toEqual([...new Set(policy.rules.map((r) => r.kind))]);
          for (const a of result) {
            expect(a.eligibleOn !== null).toBe(a.status === 'PENDING');
            if (a.eligibleOn) expect(a.eligibleOn >= today).toBe(true);
            if (a.status === 'ELIGIBLE') expect(a.amount).toBeGreaterThan(0);
            expect(a.reason.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its PENDING promise: confirmed employed and insured until eligibleOn, it is ELIGIBLE on that day, not the day before', () => {
    fc.assert(
      fc.property(evidenceArb, ({ evidence, today }) => {
        for (const policy of DEFAULT_POLICIES) {
          for (const a of assess(policy, evidence, today)) {
            if (a.status !== 'PENDING' || a.eligibleOn === null) continue;
            const due = monthIndex(monthOf(a.eligibleOn));
            const then = assess(policy, confirmUpTo(evidence, due), a.eligibleOn);
            expect(then.find((b) => b.kind === a.kind)?.status).toBe('ELIGIBLE');
            if (a.eligibleOn > today) {
              // The day before, the last month needed has not ended, so it cannot have been confirmed yet.
              const earlier = assess(policy, confirmUpTo(evidence, due - 2), addDays(a.eligibleOn, -1));
              expect(earlier.find((b) => b.kind === a.kind)?.status).not.toBe('ELIGIBLE');
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
