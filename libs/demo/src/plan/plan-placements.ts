import { provinceOf } from '@app/common';
import { type OrganizationKind, requiresVerification } from '@app/organizations';
import { PlacementEndReason } from '@app/placements';
import { PostingKind } from '@app/postings';
import { LaborCapacity, WorkerCategory } from '@app/workers';
import { EMPLOYERS } from '../data/employers.data.js';
import { SENDING_COUNTIES, type SendingCounty } from '../data/sending-counties.data.js';
import { TRANSPORTS } from '../data/welfare-posts.data.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedGroup, PlannedOrganization, PlannedPlacement, PlannedPosting, PlannedWorker } from './demo-plan.js';
import { agencyOf } from './plan-organizations.js';
import { planConfirmations } from './plan-confirmations.js';
import { planFollowUps } from './plan-follow-ups.js';
import { addDays, earlierOf, laterOf } from '@app/common';
import { adultFrom, contractEnd, DEMO_PLATFORM_OPENS, randomDate } from './timeline.js';

export type Track = 'EAST_WEST' | 'LOCAL' | 'WORKSHOP' | 'WELFARE' | 'NONE';

const TEMPLATE_WEIGHT = new Map(EMPLOYERS.flatMap((e) => e.postings.map((p) => [p.key, p.weight ?? 1] as const)));

/** 春风行动: organised departures right after the Spring Festival (2025-01-29, 2026-02-17). */
const SEASONS = [
  { key: '2025', from: '2025-02-06', to: '2025-02-16' },
  { key: '2026', from: '2026-02-24', to: '2026-03-06' },
];

export interface PlacementsPlan {
  placements: PlannedPlacement[];
  groups: PlannedGroup[];
  tracks: Map<string, Track>;
}

/** What the postings offer a worker of a county: by kind, only what is open to the public when hiring. */
class PostingChoices {
  private readonly byKey: Map<string, PlannedPosting>;
  readonly employerKind: Map<string, OrganizationKind | null>;
  private readonly visible: Set<string>;
  private readonly cache = new Map<string, PlannedPosting[]>();

  constructor(
    readonly postings: PlannedPosting[],
    organizations: PlannedOrganization[],
  ) {
    this.byKey = new Map(postings.map((p) => [p.key, p]));
    const orgs = new Map(organizations.map((o) => [o.key, o]));
    this.employerKind = new Map(postings.map((p) => [p.key, p.organizationKey ? orgs.get(p.organizationKey)!.kind : null]));
    // A workshop nobody has verified yet is hidden: nobody can be nominated to its postings.
    this.visible = new Set(
      postings
        .filter((p) => !p.organizationKey || !requiresVerification(orgs.get(p.organizationKey)!.kind) || orgs.get(p.organizationKey)!.verifiedBy !== null)
        .filter((p) => !p.closeAtEnd && !p.fill)
        .map((p) => p.key),
    );
  }

  get(key: string): PlannedPosting {
    return this.byKey.get(key)!;
  }

  /** Postings open to a worker on a track, by area (computed once per area: large --scale worlds have thousands). */
  candidates(track: Exclude<Track, 'NONE'>, worker: PlannedWorker): PlannedPosting[] {
    const province = provinceOf(worker.hukouRegionCode);
    const area = track === 'EAST_WEST' || track === 'LOCAL' ? province : worker.hukouRegionCode;
    const key = `${track}|${area}`;
    let list = this.cache.get(key);
    if (!list) {
      list = this.postings.filter((p) => {
        if (!this.visible.has(p.key)) return false;
        switch (track) {
          case 'EAST_WEST':
            return p.kind === PostingKind.EAST_WEST && p.partnerRegionCodes.includes(province);
          case 'LOCAL':
            return p.kind === PostingKind.LOCAL && provinceOf(p.regionCode) === province;
          case 'WORKSHOP':
            return p.kind === PostingKind.WORKSHOP && p.regionCode === area;
          case 'WELFARE':
            return p.kind === PostingKind.PUBLIC_WELFARE && p.regionCode === area;
        }
      });
      this.cache.set(key, list);
    }
    return list;
  }

  /** Skills and the labour brand draw workers to the postings that want them. */
  choose(random: DemoRandom, track: Exclude<Track, 'NONE'>, worker: PlannedWorker, except?: string): PlannedPosting | null {
    const candidates = this.candidates(track, worker).filter((p) => p.key !== except);
    if (candidates.length === 0) return null;
    return random.weighted(
      candidates.map((p) => {
        const base = TEMPLATE_WEIGHT.get(p.key.replace(/-\d+$/, '')) ?? 1;
        const skill = p.skills.some((s) => worker.skills.includes(s)) ? 4 : 1;
        const brand = p.laborBrand && p.laborBrand === worker.laborBrand ? 6 : 1;
        return [p, base * skill * brand] as const;
      }),
    );
  }
}

const ageOn = (worker: PlannedWorker, date: string) => Number(date.slice(0, 4)) - Number(worker.birthDate.slice(0, 4));

function trackFor(random: DemoRandom, worker: PlannedWorker, choices: PostingChoices, today: string): Track {
  const age = ageOn(worker, today);
  const workshop = choices.candidates('WORKSHOP', worker).length > 0 ? 1 : 0;
  const relocated = worker.categories.includes(WorkerCategory.RELOCATED);
  const willing = worker.willingToMigrate ? 1 : 0;
  if (worker.laborCapacity === LaborCapacity.FULL && age < 50) {
    return random.weighted<Track>([
      ['EAST_WEST', 70 * willing],
      ['LOCAL', 12],
      ['WORKSHOP', workshop * (relocated ? 22 : 8)],
      ['NONE', 14],
    ]);
  }
  if (worker.laborCapacity === LaborCapacity.FULL) {
    return random.weighted<Track>([
      ['WELFARE', 18],
      ['WORKSHOP', workshop * 15],
      ['LOCAL', 12],
      ['EAST_WEST', 15 * willing],
      ['NONE', 40],
    ]);
  }
  if (worker.laborCapacity === LaborCapacity.WEAK)
    return random.weighted<Track>([
      ['WELFARE', 32],
      ['WORKSHOP', workshop * 20],
      ['NONE', 40],
    ]);
  return random.weighted<Track>([
    ['WELFARE', 25],
    ['WORKSHOP', workshop * 12],
    ['NONE', 60],
  ]);
}

/**
 * A start date: some in late 2024, most in 2025 (so the Guizhou policy, valid to 2025-12-31, applies), the rest in
 * 2026; never before the worker turns 18 (null when that is too late for the plan).
 */
function startDate(random: DemoRandom, horizon: string, adult: string): string | null {
  const latest = addDays(horizon, -20);
  const year = random.weighted([
    ['2024', 14],
    ['2025', 56],
    ['2026', 30],
  ] as const);
  let start: string;
  if (year === '2024') start = randomDate(random, '2024-09-01', earlierOf('2024-12-31', latest));
  else if (year === '2025' || latest < '2026-01-01') start = randomDate(random, '2025-01-01', earlierOf('2025-12-31', latest));
  else start = randomDate(random, '2026-01-01', latest);
  if (start >= adult) return start;
  return adult <= latest ? randomDate(random, adult, latest) : null;
}

/** 一年一聘: welfare contracts start on the 1st (most with the new year) and run twelve months; adults only. */
function welfareStart(random: DemoRandom, horizon: string, adult: string): string | null {
  const start = random.weighted([
    ['2025-01-01', 50],
    ['2025-07-01', 15],
    ['2026-01-01', 35],
  ] as const);
  const chosen = start <= addDays(horizon, -20) ? start : '2025-01-01';
  if (chosen >= adult) return chosen;
  return ['2025-07-01', '2026-01-01'].find((d) => d >= adult && d <= addDays(horizon, -20)) ?? null;
}

/** How a placement ends, if it has by the horizon: early (came home, resigned) or when its contract ran out. */
function endOf(random: DemoRandom, kind: PostingKind, start: string, months: number, horizon: string): PlannedPlacement['end'] {
  const contractDone = contractEnd(start, months);
  const latest = earlierOf(contractDone, horizon);
  const earliest = addDays(start, 45);
  const early =
    kind === PostingKind.EAST_WEST
      ? random.weighted([
          [PlacementEndReason.RETURNED_HOME, 15],
          [PlacementEndReason.RESIGNED, 5],
          [PlacementEndReason.DISMISSED, 1],
          [null, 79],
        ] as const)
      : kind === PostingKind.PUBLIC_WELFARE
        ? random.weighted([
            [PlacementEndReason.OTHER, 2],
            [null, 98],
          ] as const)
        : random.weighted([
            [PlacementEndReason.RESIGNED, 8],
            [PlacementEndReason.OTHER, 1],
            [null, 91],
          ] as const);
  // 2024's east-west workers: many came home for the 2025 Spring Festival (29 January), most went out again after it.
  if (kind === PostingKind.EAST_WEST && start < '2025-01-01' && random.chance(0.6)) {
    const from = laterOf(earliest, '2025-01-08');
    const to = earlierOf('2025-01-24', latest);
    if (from <= to) return { date: randomDate(random, from, to), reason: PlacementEndReason.RETURNED_HOME };
  }
  if (early && earliest <= latest) {
    // Returnees are the ones bureaus chase now: most came home in the last year.
    const from = early === PlacementEndReason.RETURNED_HOME ? laterOf(earliest, earlierOf(addDays(horizon, -330), latest)) : earliest;
    return { date: randomDate(random, from, latest), reason: early };
  }
  return contractDone <= horizon ? { date: contractDone, reason: PlacementEndReason.CONTRACT_ENDED } : null;
}

/**
 * Who works where, when: a track per worker from capacity, age and willingness to migrate; one job, and for some a
 * second after the first ended (re-employment of returnees, welfare contract renewals). East-west jobs partly start
 * with a group departure after the Spring Festival. 惠水 gets a welfare post that ends FILLED and last year's post
 * that ends CLOSED.
 */
export function planPlacements(
  random: DemoRandom,
  workers: PlannedWorker[],
  postings: PlannedPosting[],
  organizations: PlannedOrganization[],
  today: string,
  horizon: string,
  scale: number,
): PlacementsPlan {
  const choices = new PostingChoices(postings, organizations);
  const placements: PlannedPlacement[] = [];
  const groups = new Map<string, PlannedGroup>();
  const tracks = new Map<string, Track>();
  const counties = new Map(SENDING_COUNTIES.map((c) => [c.code, c]));
  const special = specialWelfarePosts(postings, scale);

  for (const worker of workers) {
    const r = random.fork(`placements:${worker.key}`);
    const county = counties.get(worker.hukouRegionCode)!;
    const track = trackFor(r, worker, choices, today);
    tracks.set(worker.key, track);
    if (track === 'NONE') continue;

    const add = (round: 1 | 2, posting: PlannedPosting, start: string, groupKey: string | null): PlannedPlacement => {
      const months = posting.contractMonths;
      const end = posting.fill ? null : endOf(r, posting.kind, start, months, horizon);
      const confirmations = planConfirmations(
        r,
        { startDate: start, endDate: end?.date ?? null },
        posting,
        choices.employerKind.get(posting.key) ?? null,
        horizon,
      );
      const placement: PlannedPlacement = {
        key: `${worker.key}-p${round}`,
        workerKey: worker.key,
        postingKey: posting.key,
        round,
        groupKey,
        startDate: start,
        contractMonths: months,
        end,
        confirmations,
        recordedLate: start < DEMO_PLATFORM_OPENS,
        // The county agency nominates (or takes the group); the county fills its village welfare posts itself.
        agencyKey: posting.kind === PostingKind.PUBLIC_WELFARE ? null : agencyOf(county),
        followUps: [],
      };
      placements.push(placement);
      return placement;
    };

    // 惠水's special welfare posts take the first welfare-track workers of the county.
    const adult = adultFrom(worker.birthDate);
    let first: PlannedPlacement;
    if (track === 'WELFARE' && special && worker.hukouRegionCode === special.county && special.fillLeft > 0 && adult <= '2025-01-01') {
      special.fillLeft--;
      first = add(1, special.fill, '2026-01-01' <= addDays(horizon, -20) ? '2026-01-01' : '2025-01-01', null);
    } else if (track === 'WELFARE' && special && worker.hukouRegionCode === special.county && special.closedLeft > 0 && adult <= '2024-10-01') {
      special.closedLeft--;
      first = add(1, special.closed, '2024-10-01', null);
      first.end = { date: contractEnd('2024-10-01', 12), reason: PlacementEndReason.CONTRACT_ENDED };
      first.confirmations = planConfirmations(r, { startDate: first.startDate, endDate: first.end.date }, special.closed, null, horizon);
    } else {
      const posting = choices.choose(r, track, worker);
      if (!posting) {
        tracks.set(worker.key, 'NONE');
        continue;
      }
      const group = track === 'EAST_WEST' && r.chance(0.35) ? joinGroup(r, groups, county, posting, worker, horizon, adult) : null;
      const start = group ? group.arrivedOn! : track === 'WELFARE' ? welfareStart(r, horizon, adult) : startDate(r, horizon, adult);
      if (!start) {
        tracks.set(worker.key, 'NONE');
        continue;
      }
      first = add(1, posting, start, group?.key ?? null);
    }

    const next = secondJob(r, track, first, worker, choices, horizon);
    if (next) add(2, next.posting, next.start, null);
  }
  // Each from a stream of its own, so the follow-ups change nothing else in the world.
  const nextStart = new Map(placements.filter((p) => p.round === 2).map((p) => [p.workerKey, p.startDate]));
  for (const p of placements) {
    p.followUps = planFollowUps(
      random.fork(`follow-ups:${p.key}`),
      p,
      choices.get(p.postingKey),
      addDays(today, -1),
      p.round === 1 ? (nextStart.get(p.workerKey) ?? null) : null,
    );
  }
  return { placements, groups: [...groups.values()], tracks };
}

function specialWelfarePosts(postings: PlannedPosting[], scale: number) {
  const fill = postings.find((p) => p.fill);
  const closed = postings.find((p) => p.closeAtEnd);
  if (!fill || !closed) return null;
  return { county: fill.regionCode, fill, closed, fillLeft: Math.max(2, Math.round(6 * scale)), closedLeft: Math.max(2, Math.round(5 * scale)) };
}

/** The group of the worker's agency to this posting in one Spring Festival season; joining it sets the start date. */
function joinGroup(
  random: DemoRandom,
  groups: Map<string, PlannedGroup>,
  county: SendingCounty,
  posting: PlannedPosting,
  worker: PlannedWorker,
  horizon: string,
  adult: string,
): PlannedGroup | null {
  const season = random.weighted([
    [SEASONS[0], 60],
    [SEASONS[1], 40],
  ] as const);
  // East-west factory work is for adults: nobody travels with a group before turning 18.
  if (season.to > addDays(horizon, -20) || season.from < adult) return null;
  const key = `${county.slug}-${posting.key}-${season.key}`;
  let group = groups.get(key);
  if (!group) {
    const r = random.fork(`group:${key}`);
    const departureDate = randomDate(r, season.from, season.to);
    group = {
      key,
      postingKey: posting.key,
      agencyKey: agencyOf(county),
      departureDate,
      departurePoint: county.agency.departurePoint,
      transport: r.pick(TRANSPORTS),
      workerKeys: [],
      // 点对点 across provinces: on the road a day and a night.
      arrivedOn: addDays(departureDate, 2),
      departed: true,
    };
    groups.set(key, group);
  }
  group.workerKeys.push(worker.key);
  return group;
}

/**
 * After a job ends: welfare posts are taken up again for a new year, returnees are helped back into work near home,
 * others move on. Never the same posting again: a hire keeps its application live (uq_applications_live).
 */
function secondJob(
  random: DemoRandom,
  track: Exclude<Track, 'NONE'>,
  first: PlannedPlacement,
  worker: PlannedWorker,
  choices: PostingChoices,
  horizon: string,
) {
  if (!first.end) return null;
  const end = first.end;
  const firstPosting = choices.get(first.postingKey);
  const latest = addDays(horizon, -10);
  const pick = (t: Exclude<Track, 'NONE'>) => choices.choose(random, t, worker, firstPosting.key);
  let posting: PlannedPosting | null = null;
  let start = '';
  if (firstPosting.closeAtEnd) {
    // Last year's post is closed; its people continue on this year's.
    posting = choices.candidates('WELFARE', worker).find((p) => p.key.includes('baojie')) ?? pick('WELFARE');
    start = addDays(end.date, 1);
  } else if (track === 'WELFARE') {
    if (end.reason === PlacementEndReason.CONTRACT_ENDED && random.chance(0.75)) {
      posting = pick('WELFARE');
      start = addDays(end.date, 1);
    }
  } else if (end.reason === PlacementEndReason.RETURNED_HOME && firstPosting.kind === PostingKind.EAST_WEST && end.date < '2025-02-01') {
    // Home for the 2025 Spring Festival: most go east again after it, some only a year later.
    const season = random.weighted([
      [SEASONS[0], 65],
      [SEASONS[1], 20],
      [null, 15],
    ] as const);
    if (season && season.to <= latest) {
      posting = pick('EAST_WEST');
      start = randomDate(random, season.from, addDays(season.to, 14));
    }
  } else if (end.reason === PlacementEndReason.RETURNED_HOME && firstPosting.kind === PostingKind.EAST_WEST && end.date < '2026-01-15' && random.chance(0.3)) {
    // Came home during 2025: goes out again after the 2026 Spring Festival.
    if (SEASONS[1].to <= latest) {
      posting = pick('EAST_WEST');
      start = laterOf(addDays(end.date, 20), randomDate(random, SEASONS[1].from, addDays(SEASONS[1].to, 14)));
    }
  } else if (end.reason === PlacementEndReason.RETURNED_HOME) {
    if (random.chance(0.45)) {
      const local =
        worker.laborCapacity === LaborCapacity.FULL
          ? random.weighted<Exclude<Track, 'NONE'>>([
              ['WORKSHOP', 50],
              ['LOCAL', 50],
            ])
          : 'WELFARE';
      posting = pick(local) ?? pick('LOCAL');
      start = addDays(end.date, random.int(20, 75));
    }
  } else if (random.chance(end.reason === PlacementEndReason.CONTRACT_ENDED ? 0.6 : 0.5)) {
    posting = pick(track);
    start = addDays(end.date, random.int(10, 40));
  }
  if (!posting || start > latest) return null;
  return { posting, start };
}
