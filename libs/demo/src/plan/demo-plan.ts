import type { OrganizationKind } from '@app/organizations';
import type { FollowUpChannel, PlacementEndReason } from '@app/placements';
import type { PostingKind } from '@app/postings';
import type { LaborCapacity, SeekingStatus, WorkerCategory } from '@app/workers';

/**
 * The demo world as data, decided before anything is written: who exists, who works where from when, and what each
 * month's confirmation says. The seeder then replays it through the domain services. Keys are stable names
 * (usernames, `huishui-h12-m2`), never database ids.
 */
export interface DemoPlan {
  seed: string;
  scale: number;
  /** The day the plan was made for (UTC): nothing is dated after it. */
  today: string;
  /** The last day events and confirmations may fall on: the end of the previous month. */
  horizon: string;
  bureaus: PlannedBureau[];
  organizations: PlannedOrganization[];
  postings: PlannedPosting[];
  households: PlannedHousehold[];
  workers: PlannedWorker[];
  placements: PlannedPlacement[];
  groups: PlannedGroup[];
  applications: PlannedApplication[];
  targets: PlannedTarget[];
  demoWorker: PlannedDemoWorker;
}

export interface PlannedBureau {
  username: string;
  regionCode: string;
}

export interface PlannedOrganization {
  /** Also the username of its first account. */
  key: string;
  name: string;
  kind: OrganizationKind;
  creditCode: string;
  regionCode: string;
  smallOrMicro: boolean;
  location: { lat: number; lng: number };
  /** The bureau (username) that certifies a workshop or base; null when none has (yet). */
  verifiedBy: string | null;
}

export interface PlannedPosting {
  key: string;
  kind: PostingKind;
  /** The employer; null for a bureau's public-welfare post. */
  organizationKey: string | null;
  /** The county bureau owning a public-welfare post. */
  bureauUsername: string | null;
  title: string;
  description: string;
  regionCode: string;
  location: { lat: number; lng: number };
  wageMin: number;
  wageMax: number;
  headcount: number;
  contractMonths: number;
  skills: string[];
  benefits: string[];
  partnerRegionCodes: string[];
  laborBrand: string | null;
  validUntil: string | null;
  /** Closed by its owner once its placements are recorded (last year's posts). */
  closeAtEnd: boolean;
  /** Headcount is exactly the placements that stay active, so the posting ends FILLED. */
  fill: boolean;
}

export interface PlannedHousehold {
  key: string;
  hukouRegionCode: string;
  workerKeys: string[];
}

export interface PlannedWorker {
  key: string;
  householdKey: string;
  name: string;
  idNumber: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  hukouRegionCode: string;
  phone: string | null;
  categories: WorkerCategory[];
  categoriesSince: string;
  laborCapacity: LaborCapacity;
  skills: string[];
  laborBrand: string | null;
  seekingStatus: SeekingStatus;
  willingToMigrate: boolean;
  preferredRegionCodes: string[];
  expectedMonthlyWage: number | null;
  location: { lat: number; lng: number };
  /** Who registers the worker: the county's agency (so it may nominate them) or the county bureau. */
  registrar: 'AGENT' | 'BUREAU';
}

export interface PlannedConfirmation {
  month: string;
  employed: boolean;
  monthlyWage: number | null;
  socialInsurancePaid: boolean;
}

export interface PlannedPlacement {
  key: string;
  workerKey: string;
  postingKey: string;
  /** 1: the first job in the plan; 2: the next one after it ended (re-employment, contract renewal). */
  round: 1 | 2;
  /** Placed by a group's arrival; otherwise nominated by the county agency and hired. */
  groupKey: string | null;
  startDate: string;
  contractMonths: number;
  end: { date: string; reason: PlacementEndReason } | null;
  confirmations: PlannedConfirmation[];
  /** Started before the platform opened (DEMO_PLATFORM_OPENS): entered later by the county bureau as a late record (补录). */
  recordedLate: boolean;
  /** The county agency (its first account's username) that organised it: nominated the worker or took the group; null for a village welfare post. */
  agencyKey: string | null;
  /** That agency's follow-ups (跟踪回访), oldest first; none without an agency. */
  followUps: PlannedFollowUp[];
}

/** An organising agency's follow-up: its own record of a contact, never a confirmation of a month. */
export interface PlannedFollowUp {
  /** YYYY-MM-DD, China time: from the placement's start to yesterday. */
  contactedOn: string;
  channel: FollowUpChannel;
  note: string;
  /** What the worker said; null when the contact got no answer. */
  stillEmployed: boolean | null;
}

export interface PlannedGroup {
  key: string;
  postingKey: string;
  agencyKey: string;
  departureDate: string;
  departurePoint: string;
  transport: string;
  workerKeys: string[];
  /** ARRIVED groups: the day the placements start. */
  arrivedOn: string | null;
  departed: boolean;
}

export interface PlannedApplication {
  key: string;
  workerKey: string;
  postingKey: string;
  agencyKey: string;
  /** HIRED_UPCOMING: hired already for a start in the coming weeks (an UPCOMING placement, nothing confirmed). */
  outcome: 'APPLIED' | 'REJECTED' | 'WITHDRAWN' | 'HIRED_UPCOMING';
  upcomingStart: string | null;
  rejectReason: string | null;
}

export interface PlannedTarget {
  regionCode: string;
  year: number;
  workers: number;
  /** The province bureau that sets it. */
  setBy: string;
}

/** worker-demo: a worker with a login who found a job by applying, came home, and is applying again. */
export interface PlannedDemoWorker {
  username: string;
  worker: PlannedWorker;
  registeredBy: string;
  placement: Omit<PlannedPlacement, 'key' | 'workerKey' | 'groupKey' | 'round'>;
  nextPostingKey: string;
}
