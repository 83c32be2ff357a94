import { chinaToday } from '@app/common';
import { PlacementEndReason } from '@app/placements';
import { LaborCapacity, SeekingStatus, WorkerCategory } from '@app/workers';
import { DEMO_SEED, DEMO_WORKER, DEMO_WORKERS, MAX_DEMO_SCALE } from '../demo-constants.js';
import { SENDING_COUNTIES } from '../data/sending-counties.data.js';
import { demoIdNumber, demoMobile } from '../identity/demo-identity.js';
import { demoName } from '../identity/demo-names.js';
import { DemoRandom } from '../random/demo-random.js';
import type { DemoPlan, PlannedDemoWorker, PlannedGroup, PlannedPlacement, PlannedPosting } from './demo-plan.js';
import { planConfirmations } from './plan-confirmations.js';
import { planExtras } from './plan-extras.js';
import { bureauOf, planBureaus, planOrganizations, planPostings } from './plan-organizations.js';
import { planPeople } from './plan-people.js';
import { planPlacements } from './plan-placements.js';
import { planTargets } from './plan-targets.js';
import { earlierOf } from '@app/common';
import { lastDayOfPreviousMonth, randomDate } from './timeline.js';

export interface DemoPlanOptions {
  /** Multiplies the world: workers, and above 1 also employers and their postings. Default 1 (3,000 workers). */
  scale?: number;
  seed?: string;
  /** YYYY-MM-DD (UTC); default today. Nothing in the plan is dated after it. */
  today?: string;
}

/**
 * The whole demo world, deterministic for a seed, a scale and a day. Pure: no database, no clock but `today`, so the
 * same generator can feed benchmarks at larger scales and be checked by unit tests.
 */
export function planDemoWorld(options: DemoPlanOptions = {}): DemoPlan {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= MAX_DEMO_SCALE)) throw new RangeError(`scale must be more than 0 and at most ${MAX_DEMO_SCALE}`);
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today ?? chinaToday();
  const horizon = lastDayOfPreviousMonth(today);
  const random = new DemoRandom(seed);
  const copies = scale > 1 ? Math.round(scale) : 1;

  const bureaus = planBureaus();
  const organizations = planOrganizations(random, copies);
  const postings = planPostings(random, copies, today);
  const { households, workers } = planPeople(random, Math.round(DEMO_WORKERS * scale), today);
  const { placements, groups, tracks } = planPlacements(random, workers, postings, organizations, today, horizon, scale);
  const extras = planExtras(random, workers, tracks, postings, organizations, today);
  const demoWorker = planDemoWorker(random, postings, horizon);

  const engaged = new Set([
    ...placements.map((p) => p.workerKey),
    ...extras.groups.flatMap((g) => g.workerKeys),
    ...extras.applications.map((a) => a.workerKey),
  ]);
  for (const worker of workers) {
    // Only the agency that registered a worker may nominate them; the rest are on the bureau's ledger.
    worker.registrar = engaged.has(worker.key) || random.fork(`registrar:${worker.key}`).chance(0.4) ? 'AGENT' : 'BUREAU';
  }
  const upcoming = extras.applications.filter((a) => a.outcome === 'HIRED_UPCOMING').map((a) => a.postingKey);
  setHeadcounts(random, postings, placements, [...groups, ...extras.groups], new Set(extras.applications.map((a) => a.postingKey)), demoWorker, upcoming);
  const demoPlacement: PlannedPlacement = { ...demoWorker.placement, key: DEMO_WORKER, workerKey: DEMO_WORKER, groupKey: null, round: 1 };
  const targets = planTargets(random, [...workers, demoWorker.worker], [...placements, demoPlacement], [2025, 2026]);

  return {
    seed,
    scale,
    today,
    horizon,
    bureaus,
    organizations,
    postings,
    households,
    workers,
    placements,
    groups: [...groups, ...extras.groups],
    applications: extras.applications,
    targets,
    demoWorker,
  };
}

/**
 * Enough openings for every placement the posting will ever hold and every traveller on its way, plus some still open
 * for job seekers (at least one where nominations are still pending); a `fill` posting gets exactly its active
 * placements, so it ends FILLED.
 */
function setHeadcounts(
  random: DemoRandom,
  postings: PlannedPosting[],
  placements: PlannedPlacement[],
  groups: PlannedGroup[],
  applied: Set<string>,
  demoWorker: PlannedDemoWorker,
  upcomingHires: string[],
): void {
  const used = new Map<string, number>();
  const active = new Map<string, number>();
  const count = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
  for (const p of placements) {
    count(used, p.postingKey);
    if (!p.end) count(active, p.postingKey);
  }
  for (const g of groups) if (!g.arrivedOn) count(used, g.postingKey, g.workerKeys.length);
  count(used, demoWorker.placement.postingKey);
  for (const key of upcomingHires) count(used, key);
  for (const posting of postings) {
    const r = random.fork(`headcount:${posting.key}`);
    if (posting.fill && (active.get(posting.key) ?? 0) > 0) {
      posting.headcount = active.get(posting.key)!;
      continue;
    }
    const slack = posting.kind === 'EAST_WEST' ? r.int(5, 30) : posting.kind === 'PUBLIC_WELFARE' ? r.int(applied.has(posting.key) ? 1 : 0, 3) : r.int(2, 12);
    posting.headcount = Math.max(1, (used.get(posting.key) ?? 0) + slack);
  }
}

/** worker-demo: a 惠水 woman who went to the Shenzhen electronics factory in March 2025 and came home in September 2026. */
function planDemoWorker(random: DemoRandom, postings: PlannedPosting[], horizon: string): PlannedDemoWorker {
  const r = random.fork(DEMO_WORKER);
  const huishui = SENDING_COUNTIES.find((c) => c.slug === 'huishui')!;
  const birthDate = randomDate(r, '1993-01-01', '1996-12-31');
  const posting = postings.find((p) => p.key === 'shenzhen-pugong')!;
  const startDate = '2025-03-03';
  const end = { date: earlierOf('2026-09-15', horizon), reason: PlacementEndReason.RETURNED_HOME };
  return {
    username: DEMO_WORKER,
    registeredBy: bureauOf(huishui),
    worker: {
      key: DEMO_WORKER,
      householdKey: DEMO_WORKER,
      name: demoName(r, '罗', 'FEMALE'),
      idNumber: demoIdNumber(r, huishui.code, birthDate, 'FEMALE'),
      gender: 'FEMALE',
      birthDate,
      hukouRegionCode: huishui.code,
      phone: demoMobile(r),
      categories: [WorkerCategory.POVERTY_ALLEVIATED],
      categoriesSince: '2020-06-18',
      laborCapacity: LaborCapacity.FULL,
      skills: ['普工', '缝纫'],
      laborBrand: null,
      seekingStatus: SeekingStatus.SEEKING,
      willingToMigrate: true,
      preferredRegionCodes: ['440000'],
      expectedMonthlyWage: 5500,
      location: { lat: 26.1187, lng: 106.6702 },
      registrar: 'BUREAU',
    },
    placement: {
      postingKey: posting.key,
      startDate,
      contractMonths: posting.contractMonths,
      recordedLate: false,
      // She applied herself: no agency organised her job, so none follows it up.
      agencyKey: null,
      followUps: [],
      end,
      confirmations: planConfirmations(r, { startDate, endDate: end.date }, posting, null, horizon).map((c, i) =>
        i < 4 ? { ...c, employed: true, monthlyWage: c.monthlyWage ?? 5600 } : c,
      ),
    },
    nextPostingKey: 'huishui-fengren',
  };
}
