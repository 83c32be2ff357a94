import { type Actor, canSeeRegion, Role } from '@app/common';

/** What links a caller's organisation to a worker, beyond region: who registered them, and live applications/placements. */
export interface WorkerLinks {
  /** The worker was registered by an agent of this organisation. */
  registeredByOrganizationId: string | null;
  /** Organisations (employers and agencies) with an active application, nomination or placement of this worker. */
  activeOrganizationIds: ReadonlySet<string>;
}

export interface WorkerSubject {
  id: string;
  hukouRegionCode: string;
}

/**
 * Need-to-know: a BUREAU sees workers registered (户籍) in its jurisdiction, an AGENT those its agency registered or
 * works with, an EMPLOYER only workers applying to or placed in its postings, a WORKER only themself.
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
      return !!actor.organizationId && (links.registeredByOrganizationId === actor.organizationId || links.activeOrganizationIds.has(actor.organizationId));
    case Role.EMPLOYER:
      return !!actor.organizationId && links.activeOrganizationIds.has(actor.organizationId);
  }
}

/** The phone number in full only for the worker, their bureau, and an employer or agent they are actively working with. */
export function canSeePhone(actor: Actor, worker: WorkerSubject, links: WorkerLinks): boolean {
  switch (actor.role) {
    case Role.ADMIN:
      return true;
    case Role.BUREAU:
      return canSeeRegion(actor, worker.hukouRegionCode);
    case Role.WORKER:
      return actor.workerId === worker.id;
    case Role.AGENT:
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
