import type { Actor } from '@app/common';
import { SENDING_COUNTIES, type SendingCounty } from '../data/sending-counties.data.js';
import type { DemoPlan, PlannedPosting, PlannedWorker } from '../plan/demo-plan.js';
import { agencyOf, bureauOf, reviewerOf } from '../plan/plan-organizations.js';
import type { ClaimStory, DemoStoryClock } from '../plan/story-clock.js';
import type { ClaimSnapshot } from './steps/demo-claims.step.js';

export type DemoStage =
  'accounts' | 'organizations' | 'postings' | 'workers' | 'placements' | 'confirmations' | 'follow-ups' | 'claims' | 'targets' | 'worker-demo' | 'history';

export interface DemoProgress {
  stage: DemoStage;
  done: number;
  total: number;
}

export type DemoProgressListener = (progress: DemoProgress) => void;

/** What one seeding run has created so far: plan keys to database ids, and the actors (from real accounts) to act as. */
export class DemoContext {
  readonly actors = new Map<string, Actor>();
  readonly organizationIds = new Map<string, string>();
  readonly postingIds = new Map<string, string>();
  readonly workerIds = new Map<string, string>();
  readonly placementIds = new Map<string, string>();
  /** Applications that are not (yet) hires, by plan key (hires are found through their placement). */
  readonly applicationIds = new Map<string, string>();
  readonly groupIds = new Map<string, string>();
  /** Placements of hires for a start in the coming weeks, by application key. */
  readonly upcomingPlacementIds = new Map<string, string>();
  /** By claim id: when the story submitted, reviewed and paid it, and the evidence it rested on that day. */
  readonly claimStories = new Map<string, ClaimStory>();
  readonly claimSnapshots = new Map<string, ClaimSnapshot>();
  /** By follow-up id: which planned follow-up it is (DemoHistoryStep dates it by the story's clock). */
  readonly followUpIds = new Map<string, { placementKey: string; index: number }>();
  private readonly counties = new Map(SENDING_COUNTIES.map((c) => [c.code, c]));
  private readonly organizationKeys = new Map<string, string>();
  private readonly plannedWorkers: Map<string, PlannedWorker>;

  constructor(
    readonly plan: DemoPlan,
    /** When each event of the story happened (the services date rows now; DemoHistoryStep dates them by this). */
    readonly clock: DemoStoryClock,
    private readonly listener: DemoProgressListener = () => undefined,
  ) {
    this.plannedWorkers = new Map(plan.workers.map((w) => [w.key, w]));
  }

  plannedWorker(key: string): PlannedWorker {
    const worker = this.plannedWorkers.get(key);
    if (!worker) throw new Error(`Demo seed: no planned worker ${key}`);
    return worker;
  }

  actor(username: string): Actor {
    const actor = this.actors.get(username);
    if (!actor) throw new Error(`Demo seed: no account ${username} yet`);
    return actor;
  }

  organizationCreated(key: string, id: string): void {
    this.organizationIds.set(key, id);
    this.organizationKeys.set(id, key);
  }

  /** The first account of an organisation (its key is that account's username). */
  actorOfOrganization(organizationId: string): Actor {
    const key = this.organizationKeys.get(organizationId);
    if (!key) throw new Error(`Demo seed: organisation ${organizationId} is not the demo's`);
    return this.actor(key);
  }

  county(code: string): SendingCounty {
    const county = this.counties.get(code);
    if (!county) throw new Error(`Demo seed: ${code} is not a sending county`);
    return county;
  }

  bureauOf(countyCode: string): Actor {
    return this.actor(bureauOf(this.county(countyCode)));
  }

  /** The county bureau's second account, which reviews claims (four eyes). */
  reviewerOf(countyCode: string): Actor {
    return this.actor(reviewerOf(this.county(countyCode)));
  }

  agencyOf(countyCode: string): Actor {
    return this.actor(agencyOf(this.county(countyCode)));
  }

  /** Who runs a posting: its employer's account, or for a public-welfare post the county bureau that created it. */
  ownerOf(posting: PlannedPosting): Actor {
    return this.actor(posting.organizationKey ?? posting.bureauUsername!);
  }

  id(map: Map<string, string>, key: string, what: string): string {
    const id = map.get(key);
    if (!id) throw new Error(`Demo seed: ${what} ${key} was not created`);
    return id;
  }

  /** Counts work done in a stage, telling the listener at most about every 1% (and at the end). */
  stage(stage: DemoStage, total: number): { tick(count?: number): void } {
    let done = 0;
    let told = -1;
    const step = Math.max(1, Math.floor(total / 100));
    this.listener({ stage, done, total });
    return {
      tick: (count = 1) => {
        done += count;
        if (done === total || done - told >= step) {
          told = done;
          this.listener({ stage, done, total });
        }
      },
    };
  }
}
