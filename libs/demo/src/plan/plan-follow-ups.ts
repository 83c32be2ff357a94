import { addDays, monthOf, provinceOf } from '@app/common';
import { FollowUpChannel, PlacementEndReason } from '@app/placements';
import { PostingKind } from '@app/postings';
import { AFTER_END_NOTES, ARRIVAL_NOTES, IN_JOB_NOTES, WORKSTATIONS } from '../data/follow-up-notes.data.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedFollowUp, PlannedPlacement, PlannedPosting } from './demo-plan.js';

/** Monthly contacts in the first months, then quarterly (跟踪服务: 前三个月每月回访，之后每季度回访). */
export const MONTHLY_FOLLOW_UPS = 3;
const QUARTER_DAYS = { from: 85, to: 100 };
/** After the first three months a busy agency now and then lets a quarter pass without a call. */
const QUARTERLY_SKIP = 0.1;
/** How often the agency gets back to a worker whose job ended. */
const AFTER_END_SHARE: Record<PlacementEndReason, number> = {
  [PlacementEndReason.RETURNED_HOME]: 0.85,
  [PlacementEndReason.RESIGNED]: 0.7,
  [PlacementEndReason.DISMISSED]: 0.7,
  [PlacementEndReason.OTHER]: 0.7,
  [PlacementEndReason.CONTRACT_ENDED]: 0.6,
};

/** How the contact was made, as the note says it (电话, 微信, 上门走访, 座谈会). */
export function channelOf(note: string): FollowUpChannel {
  if (note.startsWith('微信')) return FollowUpChannel.MESSAGE;
  if (note.includes('座谈会')) return FollowUpChannel.OTHER;
  if (/走访|到厂|带队/.test(note)) return FollowUpChannel.VISIT;
  return FollowUpChannel.PHONE;
}

/**
 * The organising agency's follow-ups of one placement (跟踪回访), oldest first: a first contact a few days after the
 * start (the escort at the factory the day after a group arrived), about monthly in the first three months, then about
 * quarterly while the job lasts, and for most jobs that ended one contact after it (返乡回访, 离职回访), before the
 * worker's next job starts. Notes follow what the month was: off work when the employer confirmed the month without
 * employment, the Spring Festival in December and January, social insurance once the employer pays it. Nothing after
 * `yesterday`; none for a placement without an agency.
 */
export function planFollowUps(
  random: DemoRandom,
  placement: PlannedPlacement,
  posting: PlannedPosting,
  yesterday: string,
  nextStart: string | null,
): PlannedFollowUp[] {
  if (!placement.agencyKey) return [];
  const away = posting.kind === PostingKind.EAST_WEST;
  const station = WORKSTATIONS[provinceOf(posting.regionCode)] ?? '驻外工作站';
  const place = posting.kind === PostingKind.WORKSHOP ? '车间' : '单位';
  const confirmations = new Map(placement.confirmations.map((c) => [c.month, c]));
  const lastInJob = placement.end?.date ?? yesterday;
  const out: PlannedFollowUp[] = [];
  const add = (day: string, template: string, stillEmployed: boolean | null) => {
    const note = template.replaceAll('{station}', station).replaceAll('{place}', place);
    out.push({ contactedOn: day, channel: channelOf(note), note, stillEmployed });
  };

  // 到岗回访: the first contact is never skipped.
  const first = addDays(placement.startDate, placement.groupKey ? random.int(1, 2) : random.int(3, 10));
  if (first > lastInJob || first > yesterday) return out;
  if (placement.groupKey && random.chance(0.6)) add(first, random.pick(ARRIVAL_NOTES.groupVisit), true);
  else add(first, random.pick(away ? ARRIVAL_NOTES.away : ARRIVAL_NOTES.near), true);

  let last = first;
  for (let n = 1; ; n++) {
    const day =
      n <= MONTHLY_FOLLOW_UPS ? addDays(placement.startDate, 30 * n + random.int(-4, 4)) : addDays(last, random.int(QUARTER_DAYS.from, QUARTER_DAYS.to));
    if (day > lastInJob || day > yesterday) break;
    last = day;
    // The quarter passes without a call; the next one comes a quarter later.
    if (n > MONTHLY_FOLLOW_UPS && random.chance(QUARTERLY_SKIP)) continue;
    const [template, stillEmployed] = inJobNote(random, n, day, confirmations.get(monthOf(day)), away);
    add(day, template, stillEmployed);
  }

  const end = placement.end;
  if (end && random.chance(AFTER_END_SHARE[end.reason])) {
    const day = addDays(end.date, end.reason === PlacementEndReason.CONTRACT_ENDED ? random.int(1, 7) : random.int(2, 15));
    if (day <= yesterday && (!nextStart || day < nextStart)) add(day, random.pick(AFTER_END_NOTES[end.reason]), false);
  }
  return out;
}

function inJobNote(
  random: DemoRandom,
  n: number,
  day: string,
  confirmation: { employed: boolean; socialInsurancePaid: boolean } | undefined,
  away: boolean,
): [string, boolean | null] {
  if (confirmation && !confirmation.employed) return [random.pick(IN_JOB_NOTES.onLeave), true];
  const month = day.slice(5, 7);
  if ((month === '12' || month === '01') && random.chance(0.6)) return [random.pick(away ? IN_JOB_NOTES.festival : IN_JOB_NOTES.festivalNear), true];
  if (random.chance(0.04)) return [random.pick(IN_JOB_NOTES.unanswered), null];
  if (random.chance(0.12)) {
    const issues = [...IN_JOB_NOTES.issues, ...(away ? IN_JOB_NOTES.issuesAway : IN_JOB_NOTES.issuesNear), ...(n === 1 ? IN_JOB_NOTES.issuesFirstMonth : [])];
    return [random.pick(issues), true];
  }
  if (confirmation?.socialInsurancePaid && random.chance(0.25)) return [random.pick(IN_JOB_NOTES.insured), true];
  if (random.chance(away ? 0.12 : 0.25)) return [random.pick(away ? IN_JOB_NOTES.visitAway : IN_JOB_NOTES.visitNear), true];
  return [random.pick(n <= MONTHLY_FOLLOW_UPS ? IN_JOB_NOTES.fine : [...IN_JOB_NOTES.quarterly, ...IN_JOB_NOTES.fine]), true];
}
