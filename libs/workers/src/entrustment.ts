/**
 * A bureau hands a worker of its ledger to a verified agency for organised labour export (委托): the agency may then see
 * and organise the worker (nominate, group) as it does workers it registered itself. Handing personal data to another
 * handler needs the worker's separate consent (PIPL Art. 23), so an entrustment is in force only with consent: the
 * bureau records a consent the worker signed on paper, or the worker confirms it in the app. The worker may withdraw
 * it at any time, and the bureau may revoke it.
 *
 * PENDING_CONSENT: entrusted, waiting for the worker's confirmation (gives the agency nothing). ACTIVE: consent in
 * force. REVOKED: ended by the bureau. WITHDRAWN: the worker declined or withdrew the consent.
 */
export enum EntrustmentStatus {
  PENDING_CONSENT = 'PENDING_CONSENT',
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
  WITHDRAWN = 'WITHDRAWN',
}

/** How the worker consented: a paper form the bureau keeps (SIGNED_PAPER), or in the app, signed in (IN_APP). */
export enum ConsentKind {
  SIGNED_PAPER = 'SIGNED_PAPER',
  IN_APP = 'IN_APP',
}

/** Live: it still counts as the one entrustment of this worker to this agency (waiting for consent, or in force). */
export const LIVE_ENTRUSTMENT_STATUSES: readonly EntrustmentStatus[] = [EntrustmentStatus.PENDING_CONSENT, EntrustmentStatus.ACTIVE];

/**
 * The one definition of "entrusted with consent in force", in memory. entrustmentInForceSql is the same rule for SQL
 * (the agency's worker lists); both read only the status, which the constraints tie to a recorded consent.
 */
export function isEntrustmentInForce(entrustment: { status: EntrustmentStatus | string }): boolean {
  return entrustment.status === EntrustmentStatus.ACTIVE;
}

/** isEntrustmentInForce for a worker_entrustments row under `alias`. The status is an enum constant: inlining it is safe. */
export function entrustmentInForceSql(alias: string): string {
  return `${alias}.status = '${EntrustmentStatus.ACTIVE}'`;
}
