import { requiresVerification } from '@app/organizations';
import { LaborCapacity, SeekingStatus } from '@app/workers';
import { SENDING_COUNTIES } from '../data/sending-counties.data.js';
import { REJECT_REASONS, TRANSPORTS } from '../data/welfare-posts.data.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedApplication, PlannedGroup, PlannedOrganization, PlannedPosting, PlannedWorker } from './demo-plan.js';
import { agencyOf } from './plan-organizations.js';
import type { Track } from './plan-placements.js';
import { addDays } from '@app/common';
import { adultFrom } from './timeline.js';

/**
 * What is still in motion today, so every role has something to do: 惠水's agency has a group on the road (DEPARTED,
 * to confirm on arrival) and one forming for next week; agencies have nominations waiting for the employer, some
 * turned down, some withdrawn. Job seekers without a job who are old or half labour are marked NOT_SEEKING.
 */
export function planExtras(
  random: DemoRandom,
  workers: PlannedWorker[],
  tracks: Map<string, Track>,
  postings: PlannedPosting[],
  organizations: PlannedOrganization[],
  today: string,
) {
  const groups: PlannedGroup[] = [];
  const byKey = new Map(postings.map((p) => [p.key, p]));
  const workerOf = new Map(workers.map((w) => [w.key, w]));
  const applications: PlannedApplication[] = [];
  const busy = new Set<string>();
  const idle = workers.filter((w) => tracks.get(w.key) === 'NONE');

  const huishui = SENDING_COUNTIES.find((c) => c.slug === 'huishui')!;
  const travellers = idle.filter((w) => w.hukouRegionCode === huishui.code && w.willingToMigrate);
  const target = postings.find((p) => p.key === 'shenzhen-pugong')!;
  const r = random.fork('travelling-groups');
  for (const [status, departureDate] of [
    ['DEPARTED', addDays(today, -1)],
    ['FORMING', addDays(today, 7)],
  ] as const) {
    const members = travellers.filter((w) => !busy.has(w.key)).slice(0, r.int(3, 6));
    if (members.length === 0) continue;
    members.forEach((w) => busy.add(w.key));
    groups.push({
      key: `huishui-${target.key}-${status.toLowerCase()}`,
      postingKey: target.key,
      agencyKey: agencyOf(huishui),
      departureDate,
      departurePoint: huishui.agency.departurePoint,
      transport: r.pick(TRANSPORTS),
      workerKeys: members.map((w) => w.key),
      arrivedOn: null,
      departed: status === 'DEPARTED',
    });
  }

  // Nominations go only to postings the public can see: not to a workshop still waiting for verification.
  const hidden = new Set(organizations.filter((o) => requiresVerification(o.kind) && !o.verifiedBy).map((o) => o.key));
  const open = postings.filter((p) => !p.closeAtEnd && !p.fill && !(p.organizationKey && hidden.has(p.organizationKey)));
  const suitableCache = new Map<string, PlannedPosting[]>();
  // Job seekers willing to migrate are put forward for east-west jobs of their province's partners, the others near home.
  const suitableFor = (worker: PlannedWorker) => {
    const province = `${worker.hukouRegionCode.slice(0, 2)}0000`;
    const key = worker.willingToMigrate ? province : worker.hukouRegionCode;
    if (!suitableCache.has(key)) {
      suitableCache.set(
        key,
        open.filter((p) =>
          worker.willingToMigrate ? p.kind === 'EAST_WEST' && p.partnerRegionCodes.includes(province) : p.regionCode === worker.hukouRegionCode,
        ),
      );
    }
    return suitableCache.get(key)!;
  };
  for (const worker of idle) {
    if (busy.has(worker.key)) continue;
    const w = random.fork(`extras:${worker.key}`);
    const age = Number(today.slice(0, 4)) - Number(worker.birthDate.slice(0, 4));
    if ((age >= 58 || worker.laborCapacity === LaborCapacity.HALF) && w.chance(0.5)) {
      worker.seekingStatus = SeekingStatus.NOT_SEEKING;
      continue;
    }
    const outcome = w.weighted([
      ['APPLIED', 10],
      ['REJECTED', 4],
      ['WITHDRAWN', 3],
      ['HIRED_UPCOMING', 3],
      [null, 80],
    ] as const);
    if (!outcome) continue;
    // A hire for a start in the coming weeks: an adult by then, never a village welfare post (filled by the county).
    const upcomingStart = outcome === 'HIRED_UPCOMING' ? addDays(today, w.int(7, 45)) : null;
    if (upcomingStart && adultFrom(worker.birthDate) > upcomingStart) continue;
    const suitable = suitableFor(worker).filter((p) => !upcomingStart || p.kind !== 'PUBLIC_WELFARE');
    if (suitable.length === 0) continue;
    const posting = w.pick(suitable);
    const county = SENDING_COUNTIES.find((c) => c.code === worker.hukouRegionCode)!;
    applications.push({
      key: `${worker.key}-a1`,
      workerKey: worker.key,
      postingKey: posting.key,
      agencyKey: agencyOf(county),
      outcome,
      rejectReason: outcome === 'REJECTED' ? w.pick(REJECT_REASONS) : null,
      upcomingStart,
    });
    busy.add(worker.key);
  }
  // At any scale at least one hire waits for its start (UPCOMING): the last suitable pending nomination is taken up.
  if (!applications.some((a) => a.outcome === 'HIRED_UPCOMING')) {
    const start = addDays(today, 14);
    const pending = applications.filter(
      (a) => a.outcome === 'APPLIED' && byKey.get(a.postingKey)!.kind !== 'PUBLIC_WELFARE' && adultFrom(workerOf.get(a.workerKey)!.birthDate) <= start,
    );
    const chosen = pending[pending.length - 1];
    if (chosen) Object.assign(chosen, { outcome: 'HIRED_UPCOMING', upcomingStart: start });
  }
  return { groups, applications };
}
