import { addDays, firstDayOf, monthOf, monthsBetween } from '@app/common';
import { assess, type Assessment, type PlacementEvidence, type StoredPolicy } from '@app/subsidies';

export interface EvidenceDays {
  /** The China day each month's confirmation was made in the story. */
  confirmedOn(month: string): string;
  /** The China day the end was recorded, or null while the placement runs. */
  endRecordedOn: string | null;
}

/**
 * The evidence as it stood at the end of `day`: only the months confirmed by then, and the end only once recorded.
 * What a claim submitted that day rested on.
 */
export function evidenceAsOf(evidence: Omit<PlacementEvidence, 'existingClaims'>, days: EvidenceDays, day: string): PlacementEvidence {
  return {
    ...evidence,
    endDate: days.endRecordedOn !== null && days.endRecordedOn <= day ? evidence.endDate : null,
    confirmations: evidence.confirmations.filter((c) => days.confirmedOn(c.month) <= day),
    existingClaims: [],
  };
}

/**
 * The first day on which the subsidy `kind` of the placement was ELIGIBLE, judged on the evidence of that day: the
 * earliest day a claim for it could honestly have been submitted. Eligibility only changes when evidence arrives or a
 * month turns, so those days are the candidates. Null when it never was, up to `today`.
 */
export function claimEligibleOn(
  policy: StoredPolicy,
  evidence: Omit<PlacementEvidence, 'existingClaims'>,
  days: EvidenceDays,
  kind: string,
  today: string,
): { day: string; assessment: Assessment; evidence: PlacementEvidence } | null {
  const candidates = new Set<string>([evidence.startDate]);
  for (const c of evidence.confirmations) candidates.add(days.confirmedOn(c.month));
  if (days.endRecordedOn) candidates.add(days.endRecordedOn);
  for (const month of monthsBetween(monthOf(evidence.startDate), monthOf(today))) candidates.add(firstDayOf(month));
  const ordered = [...candidates].filter((d) => d >= evidence.startDate && d <= today).sort();
  for (const day of ordered) {
    // The day after a candidate too: a span that ends on a day becomes eligible on the next.
    for (const d of [day, addDays(day, 1)]) {
      if (d > today) continue;
      const asOf = evidenceAsOf(evidence, days, d);
      const assessment = assess(policy, asOf, d).find((a) => a.kind === kind);
      if (assessment?.status === 'ELIGIBLE') return { day: d, assessment, evidence: asOf };
    }
  }
  return null;
}
