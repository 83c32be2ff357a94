import { type Actor, canSeeRegion, Role } from '@app/common';

/** What links a caller's organisation to a worker, beyond region: who registered them, and live applications/placements. */
export interface WorkerLinks {
  /** The worker was registered by an agent of this organisation. */
  registeredByOrganizationId: string | null;
  /** Organisations (employers and agencies) with an active application, nomination or placement of this worker. */
  activeOrganizationIds: ReadonlySet<string>;
  /** Agencies the worker's bureau entrusted the worker to, with the worker's consent in force (entrustment.ts). */
  entrustedOrganizationIds: ReadonlySet<string>;
}

export interface WorkerSubject {
  id: string;
  hukouRegionCode: string;
}

/**
 * An agency's own workers: those it registered, and those a bureau entrusted to it with the worker's consent in force.
 * It may organise them (nominate, add to groups) and sees them without any application or placement between them.
 */
export function isAgencysOwnWorker(actor: Actor, links: WorkerLinks): boolean {
  return (
    actor.role === Role.AGENT &&
    !!actor.organizationId &&
    (links.registeredByOrganizationId === actor.organizationId || links.entrustedOrganizationIds.has(actor.organizationId))
  );
}

/**
 * Need-to-know: a BUREAU sees workers registered (户籍) in its jurisdiction, an AGENT its agency's own workers
 * (registered or entrusted with consent) and those it works with, an EMPLOYER only workers applying to or placed in its
 * postings, a WORKER only themself.
 */
export function canSeeWorker(actor: Actor, worker: WorkerSubject, links: WorkerLinks): boolean {
  switch (actor.role) {
    case Role.ADMIN:
      return true;
    case Role.BUREAU:
      return canSeeRegion(actor, worker.hukouRegionCode);
    case Role.WORKER:
      return actor.workerId === worker.id;
    case Role.AGENT:
      return isAgencysOwnWorker(actor, links) || (!!actor.organizationId && links.activeOrganizationIds.has(actor.organizationId));
    case Role.EMPLOYER:
      return !!actor.organizationId && links.activeOrganizationIds.has(actor.organizationId);
  }
}

/**
 * The phone number in full only for the worker, their bureau, an employer or agent they are actively working with, and
 * an agency they are entrusted to with consent (the consent covers contacting them for organised export).
 */
export function canSeePhone(actor: Actor, worker: WorkerSubject, links: WorkerLinks): boolean {
  switch (actor.role) {
    case Role.ADMIN:
      return true;
    case Role.BUREAU:
      return canSeeRegion(actor, worker.hukouRegionCode);
    case Role.WORKER:
      return actor.workerId === worker.id;
    case Role.AGENT:
      return !!actor.organizationId && (links.activeOrganizationIds.has(actor.organizationId) || links.entrustedOrganizationIds.has(actor.organizationId));
    case Role.EMPLOYER:
      return !!actor.organizationId && links.activeOrganizationIds.has(actor.organizationId);
  }
}

/** Only bureau staff set categories: they come from the official poverty-alleviation records (防返贫监测 data). */
export function canManageWorker(actor: Actor, worker: WorkerSubject, links: WorkerLinks): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (actor.role === Role.BUREAU) return canSeeRegion(actor, worker.hukouRegionCode);
  return actor.role === Role.AGENT && !!actor.organizationId && links.registeredByOrganizationId === actor.organizationId;
}

/**
 * The categories rule of workerAccess as SQL, for list filters on a workers row `alias` already scoped to what the
 * caller may see: a filter on categories must match only workers whose categories the caller is shown (staff, the
 * worker, the registering agency), or the list would tell what the field hides (an employer filtering its applicants
 * by 低保). Keep it beside workerAccess: the two say the same.
 */
export function categoriesShownWhere(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  if (actor.role === Role.ADMIN || actor.role === Role.BUREAU) return { sql: 'TRUE', params: {} };
  if (actor.role === Role.WORKER && actor.workerId) return { sql: `${alias}.id = :categoriesShownSelf`, params: { categoriesShownSelf: actor.workerId } };
  if (actor.role === Role.AGENT && actor.organizationId)
    return { sql: `${alias}.registered_by_organization_id = :categoriesShownAgency`, params: { categoriesShownAgency: actor.organizationId } };
  return { sql: 'FALSE', params: {} };
}

/**
 * What of a visible worker a caller is shown (the projection; docs/api.md "Personal data by role"). Nobody gets the
 * birth date next to any ID fragment: the bureau's masked form hides the 8 birth digits and the sequence, the age is
 * the age on 1 January, and the full number (with the birth date) comes only from the audited revealIdNumber.
 */
export interface WorkerView {
  /** The masked ID number (first 6, check character): bureaus of the jurisdiction and ADMIN. */
  maskedIdNumber: boolean;
  /** The birth date: the worker themself only (then without any ID fragment). */
  birthDate: boolean;
  /** Categories (脱贫人口, 低保, 特困 …, PIPL Art. 28 sensitive): staff, the worker, and the agency that declared them. */
  categories: boolean;
  /** The phone in full (masked otherwise). */
  phone: boolean;
  /** Facts about the whole household (hasEmployedMember: a 零就业家庭 is a poverty indicator): staff only. */
  household: boolean;
  /**
   * Where the worker lives (home coordinates, for 附近 and distances): staff, the worker, and the agency organising
   * them (its own or entrusted workers). An employer learns how far away an applicant lives from match reasons, in
   * whole kilometres, never the house.
   */
  location: boolean;
}

/**
 * The one access decision for a Worker object, wherever it is resolved: null when the caller may not see the worker at
 * all, else what of it they are shown. Every GraphQL field that returns a Worker or a Household member goes through it
 * (apps/api/src/workers/worker-gate.ts).
 */
export function workerAccess(actor: Actor, worker: WorkerSubject, links: WorkerLinks): WorkerView | null {
  if (!canSeeWorker(actor, worker, links)) return null;
  const staff = actor.role === Role.ADMIN || actor.role === Role.BUREAU;
  const self = actor.role === Role.WORKER && actor.workerId === worker.id;
  const registrant = actor.role === Role.AGENT && !!actor.organizationId && links.registeredByOrganizationId === actor.organizationId;
  return {
    maskedIdNumber: staff,
    birthDate: self,
    categories: staff || self || registrant,
    phone: canSeePhone(actor, worker, links),
    household: staff,
    location: staff || self || isAgencysOwnWorker(actor, links),
  };
}
