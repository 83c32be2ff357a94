import { addDays, chinaDateOf, earlierOf, laterOf, lastDayOf } from '@app/common';
import { FollowUpChannel } from '@app/placements';
import { SubsidyClaimStatus } from '@app/subsidies';
import { DEMO_WORKER } from '../demo-constants.js';
import { DemoRandom } from '../random/demo-random.js';
import type { DemoPlan, PlannedPlacement } from './demo-plan.js';
import { DEMO_PLATFORM_OPENS, DEMO_SETUP_DAY, randomDate } from './timeline.js';

const MINUTE = 60_000;
const CHINA_OFFSET_MINUTES = 8 * 60;
/** Office hours, China time, in minutes of the day: when the story's people do things. */
const OFFICE = { from: 8 * 60 + 30, to: 17 * 60 + 30 };

/** `date` at a minute of the day, China time (UTC+8, no daylight saving). */
export function chinaInstant(date: string, minuteOfDay: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + (minuteOfDay - CHINA_OFFSET_MINUTES) * MINUTE);
}

/** The key of the application worker-demo sends to the workshop near home (her last act). */
export const DEMO_WORKER_NEXT_APPLICATION = `${DEMO_WORKER}-next`;

export interface PlacementStory {
  /** The day of the nomination or sign-up (hired placements only). */
  nominated: Date | null;
  /** The hire, the group's arrival, or the bureau's late record (补录): when the placement row came to be. */
  created: Date;
  /** When the end was recorded; null while it runs. */
  ended: Date | null;
}

export interface GroupStory {
  created: Date;
  membersAdded: Date;
  approved: Date | null;
  departed: Date | null;
}

export interface ClaimStory {
  submitted: Date;
  reviewed: Date | null;
  paidOn: string | null;
  paid: Date | null;
}

/**
 * The seeder's clock: the day and hour of every event of the demo story, worked out from the plan before anything is
 * written, so that each fact follows the ones it rests on (set-up, registration, publication, nomination, hire,
 * confirmation after the month ended, claim after eligibility, review, payment) and nothing lies after `now`.
 * The services check the rules against the real today; DemoHistoryStep then dates the rows by this clock.
 * Deterministic for a plan (its seed and today).
 */
export class DemoStoryClock {
  readonly today: string;
  /** The last full day before `now`: most story events fall on it at the latest. */
  readonly yesterday: string;
  private readonly placements = new Map<string, PlacementStory>();
  private readonly groups = new Map<string, GroupStory>();
  private readonly applications = new Map<string, { created: Date; decided: Date | null }>();
  private readonly workers = new Map<string, Date>();
  private readonly postings = new Map<string, Date>();
  private readonly organizations = new Map<string, Date>();
  private readonly byKey: Map<string, PlannedPlacement>;

  constructor(
    readonly plan: DemoPlan,
    readonly now: Date,
  ) {
    this.today = chinaDateOf(now);
    this.yesterday = addDays(this.today, -1);
    const all: PlannedPlacement[] = [...plan.placements, { ...plan.demoWorker.placement, key: DEMO_WORKER, workerKey: DEMO_WORKER, groupKey: null, round: 1 }];
    this.byKey = new Map(all.map((p) => [p.key, p]));
    const engaged = new Map<string, string>(); // worker key → first day anyone acted for them
    const needed = new Map<string, string>(); // posting key → first day it had to exist
    const firstOf = (map: Map<string, string>, key: string, day: string) => map.set(key, earlierOf(map.get(key) ?? day, day));

    for (const group of plan.groups) {
      const r = this.random(`group:${group.key}`);
      const created = earlierOf(addDays(group.departureDate, -r.int(12, 25)), this.yesterday);
      const added = group.departed || group.arrivedOn ? addDays(created, r.int(0, 3)) : created;
      const approved = group.departed || group.arrivedOn ? addDays(group.departureDate, -r.int(2, 5)) : null;
      this.groups.set(group.key, {
        created: this.at(created, `group:${group.key}`, 0),
        membersAdded: this.at(added, `group:${group.key}`, 1),
        approved: approved ? this.at(approved, `group-approved:${group.key}`) : null,
        // 点对点 buses leave early in the morning.
        departed: group.departed ? chinaInstant(group.departureDate, 6 * 60 + r.int(0, 90)) : null,
      });
      for (const worker of group.workerKeys) firstOf(engaged, worker, added);
      firstOf(needed, group.postingKey, created);
    }

    for (const p of all) {
      const r = this.random(`placement:${p.key}`);
      let nominated: string | null = null;
      let created: string;
      if (p.recordedLate) {
        // The county bureau works through its paper ledger in the weeks after the platform opened.
        created = earlierOf(addDays(DEMO_PLATFORM_OPENS, r.int(5, 45)), this.yesterday);
        firstOf(engaged, p.workerKey, created);
        firstOf(needed, p.postingKey, created);
      } else if (p.groupKey) {
        created = p.startDate;
      } else {
        // Hired a few days to three weeks before the start (inside the hiring window), never before the platform opened.
        created = earlierOf(laterOf(addDays(p.startDate, -r.int(2, 20)), addDays(DEMO_PLATFORM_OPENS, 6)), this.yesterday);
        nominated = laterOf(addDays(created, -r.int(1, 10)), addDays(DEMO_PLATFORM_OPENS, 2));
        firstOf(engaged, p.workerKey, nominated);
        firstOf(needed, p.postingKey, earlierOf(nominated, p.startDate));
      }
      const createdAt = p.groupKey ? this.at(created, `arrival:${p.groupKey}`, 0, { from: 14 * 60, to: 20 * 60 }) : this.at(created, `placement:${p.key}`);
      const ended = p.end ? this.at(this.capped(laterOf(addDays(p.end.date, r.int(0, 3)), addDays(created, 1))), `end:${p.key}`) : null;
      this.placements.set(p.key, { nominated: nominated ? this.at(nominated, `nominated:${p.key}`) : null, created: createdAt, ended });
      if (nominated) this.applications.set(p.key, { created: this.placements.get(p.key)!.nominated!, decided: createdAt });
    }

    for (const a of plan.applications) {
      const r = this.random(`application:${a.key}`);
      const created = addDays(this.today, -r.int(3, 25));
      const decided = a.outcome === 'APPLIED' ? null : earlierOf(addDays(created, r.int(1, 6)), this.yesterday);
      this.applications.set(a.key, { created: this.at(created, `application:${a.key}`), decided: decided ? this.at(decided, `decided:${a.key}`) : null });
      firstOf(engaged, a.workerKey, created);
      firstOf(needed, a.postingKey, created);
    }
    const demoEnd = plan.demoWorker.placement.end?.date ?? plan.demoWorker.placement.startDate;
    const next = laterOf(addDays(this.today, -this.random('demo-next').int(2, 6)), addDays(demoEnd, 1));
    this.applications.set(DEMO_WORKER_NEXT_APPLICATION, { created: this.at(earlierOf(next, this.yesterday), DEMO_WORKER_NEXT_APPLICATION), decided: null });

    const setupEnd = '2024-09-30';
    for (const o of plan.organizations) {
      this.organizations.set(o.key, this.at(randomDate(this.random(`organization:${o.key}`), addDays(DEMO_SETUP_DAY, 1), setupEnd), `organization:${o.key}`));
    }
    for (const posting of plan.postings) {
      const r = this.random(`posting:${posting.key}`);
      const owner = posting.organizationKey ? chinaDateOf(this.organizations.get(posting.organizationKey)!) : DEMO_SETUP_DAY;
      const floor = addDays(owner, 1);
      const need = needed.get(posting.key);
      const day = need
        ? laterOf(addDays(need, -r.int(5, 30)), earlierOf(floor, addDays(need, -1)))
        : laterOf(floor, randomDate(r, DEMO_PLATFORM_OPENS, addDays(this.today, -30)));
      this.postings.set(posting.key, this.at(day, `posting:${posting.key}`));
    }
    const registrations = [...plan.workers, plan.demoWorker.worker];
    for (const w of registrations) {
      const r = this.random(`worker:${w.key}`);
      const first = engaged.get(w.key);
      const day = first
        ? earlierOf(laterOf(addDays(first, -r.int(3, 60)), DEMO_PLATFORM_OPENS), addDays(first, -1))
        : randomDate(r, DEMO_PLATFORM_OPENS, addDays(this.today, -20));
      this.workers.set(w.key, this.at(day, `worker:${w.key}`));
    }
  }

  /** The one ADMIN and the bureaus were set up first, on the set-up day and the days after. */
  accountCreated(username: string): Date {
    return username === 'admin' ? chinaInstant(DEMO_SETUP_DAY, 9 * 60) : this.at(DEMO_SETUP_DAY, `account:${username}`, 1);
  }

  organizationCreated(key: string): Date {
    return this.need(this.organizations, key, 'organisation');
  }

  /** A bureau verifies (certifies) an organisation within two weeks of its sign-up. */
  organizationVerified(key: string): Date {
    const created = this.organizationCreated(key);
    return this.at(addDays(chinaDateOf(created), this.random(`verified:${key}`).int(1, 14)), `verified:${key}`);
  }

  postingPublished(key: string): Date {
    return this.need(this.postings, key, 'posting');
  }

  workerRegistered(key: string): Date {
    return this.need(this.workers, key, 'worker');
  }

  /** The county bureau checks an agency's declared categories against its records within a week (its own at once). */
  categoriesVerified(key: string, byAgency: boolean): Date {
    const registered = this.workerRegistered(key);
    if (!byAgency) return registered;
    return this.at(this.capped(addDays(chinaDateOf(registered), this.random(`categories:${key}`).int(1, 7))), `categories:${key}`);
  }

  placement(key: string): PlacementStory {
    return this.need(this.placements, key, 'placement');
  }

  application(key: string): { created: Date; decided: Date | null } {
    return this.need(this.applications, key, 'application');
  }

  group(key: string): GroupStory {
    return this.need(this.groups, key, 'group');
  }

  /** The employer confirms a month within ten days of its end, and never before the placement was on record. */
  confirmed(placementKey: string, month: string): Date {
    const created = this.placement(placementKey).created;
    const r = this.random(`confirmed:${placementKey}:${month}`);
    const day = laterOf(addDays(lastDayOf(month), r.int(1, 10)), addDays(chinaDateOf(created), r.int(1, 5)));
    return this.at(this.notBefore(addDays(lastDayOf(month), 1), day), `confirmed:${placementKey}:${month}`);
  }

  /**
   * The agency records a follow-up the day of the contact, or a day or two later after a visit, and never before the
   * placement was on record: the contacts of a placement entered from the bureau's ledger (补录) before that day come
   * from the agency's own paper notes, entered the afternoon of the record.
   */
  followUpRecorded(placementKey: string, index: number): Date {
    const followUp = this.need(this.byKey, placementKey, 'placement').followUps[index];
    if (!followUp) throw new Error(`Demo story: no follow-up ${index} of ${placementKey}`);
    const created = this.placement(placementKey).created;
    const key = `follow-up:${placementKey}:${index}`;
    const lag = this.random(key).int(0, followUp.channel === FollowUpChannel.VISIT ? 2 : 1);
    const day = laterOf(this.capped(addDays(followUp.contactedOn, lag)), chinaDateOf(created));
    const at = this.at(day, key, 1);
    return at > created ? at : this.before(new Date(created.getTime() + 30 * MINUTE));
  }

  /** Last year's post is closed once its last contract had ended. */
  postingClosed(key: string, lastEnd: Date): Date {
    return this.at(this.capped(addDays(chinaDateOf(lastEnd), this.random(`closed:${key}`).int(1, 10))), `closed:${key}`);
  }

  /** Each province's bureau sets a year's targets in its first weeks. */
  targetSet(regionCode: string, year: number): Date {
    return this.at(
      this.capped(`${year}-01-${String(this.random(`target:${regionCode}:${year}`).int(6, 20)).padStart(2, '0')}`),
      `target:${regionCode}:${year}`,
    );
  }

  /**
   * A claim: submitted some days after it became eligible (and after the last evidence it rests on was recorded,
   * `evidenceAt`), reviewed within three weeks, paid within a month; as far as that got by yesterday.
   */
  claim(key: string, eligibleOn: string, evidenceAt: Date, want: SubsidyClaimStatus): { story: ClaimStory; status: SubsidyClaimStatus } {
    const r = this.random(`claim:${key}`);
    // Eligible on the evidence, and not before the evidence was on record (a hire entered a few days after the start).
    const from = laterOf(eligibleOn, chinaDateOf(evidenceAt));
    const submittedDay = this.notBefore(from, addDays(from, r.int(0, 20)));
    const onDay = this.at(submittedDay, `claim:${key}`, 0);
    const submitted = onDay > evidenceAt ? onDay : this.before(new Date(evidenceAt.getTime() + 20 * MINUTE));
    const reviewedDay = addDays(submittedDay, r.int(2, 20));
    if (want === SubsidyClaimStatus.SUBMITTED || reviewedDay > this.yesterday)
      return { story: { submitted, reviewed: null, paidOn: null, paid: null }, status: SubsidyClaimStatus.SUBMITTED };
    const reviewed = this.at(reviewedDay, `claim:${key}`, 1);
    const paidOn = addDays(reviewedDay, r.int(2, 25));
    if (want !== SubsidyClaimStatus.PAID || paidOn > this.yesterday)
      return { story: { submitted, reviewed, paidOn: null, paid: null }, status: want === SubsidyClaimStatus.PAID ? SubsidyClaimStatus.APPROVED : want };
    return { story: { submitted, reviewed, paidOn, paid: this.at(paidOn, `paid:${key}`) }, status: SubsidyClaimStatus.PAID };
  }

  /** The Guizhou bureau enters the next year's policy in the last weeks of the year before it applies. */
  policyEntered(validFrom: string): Date {
    return this.at(this.capped(addDays(validFrom, -this.random(`policy:${validFrom}`).int(12, 25))), `policy:${validFrom}`);
  }

  get setUp(): Date {
    return chinaInstant(DEMO_SETUP_DAY, 8 * 60);
  }

  /** A day no later than yesterday. */
  private capped(day: string): string {
    return earlierOf(day, this.yesterday);
  }

  /** `day` no later than yesterday, unless `earliest` is today: then today (at() keeps it before `now`). */
  private notBefore(earliest: string, day: string): string {
    return earliest > this.yesterday ? this.today : this.capped(day);
  }

  /** An instant in office hours on `day`, fixed by `key`; `slot` orders several events of one key on one day. */
  private at(day: string, key: string, slot = 0, hours = OFFICE): Date {
    const span = Math.floor((hours.to - hours.from) / 2);
    const minute = hours.from + slot * span + this.random(`at:${key}`).int(0, span - 1);
    const instant = chinaInstant(day, minute);
    return instant.getTime() < this.now.getTime() ? instant : new Date(this.now.getTime() - (2 - slot) * MINUTE);
  }

  /** `instant`, or just before `now` if that is later. */
  private before(instant: Date): Date {
    return instant.getTime() < this.now.getTime() ? instant : new Date(this.now.getTime() - MINUTE);
  }

  private random(label: string): DemoRandom {
    return new DemoRandom(`${this.plan.seed}/story:${label}`);
  }

  private need<T>(map: Map<string, T>, key: string, what: string): T {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo story: no ${what} ${key}`);
    return value;
  }
}
