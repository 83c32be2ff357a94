import { Injectable } from '@nestjs/common';
import { type Actor, DomainError } from '@app/common';
import type { SubsidyClaimEntity, SubsidyKind } from '../entities/subsidy-claim.entity.js';
import { SubsidyClaimsService } from './subsidy-claims.service.js';

/** The most items one batch call takes: a county's month of claims, small enough to answer within seconds. */
export const MAX_BATCH_ITEMS = 500;

/** One item of a batch: its claim, or the domain error that refused it (the same one a single call would raise). */
export type BatchOutcome = { readonly claim: SubsidyClaimEntity; readonly error: null } | { readonly claim: null; readonly error: DomainError };

/**
 * Batch work for bureaus (应发尽发、应补尽补): many claims raised, decided or paid in one call, each item on its own, through
 * exactly the rules of the single operations (eligibility, once-per keys, four eyes, payment dates), each in its own
 * transaction, so one bad item never undoes or blocks the others. An unexpected failure (the database gone) stops the
 * batch: the items done before it stay done, and a retry answers them with their state (already claimed, already paid).
 */
@Injectable()
export class SubsidyClaimBatchesService {
  constructor(private readonly claims: SubsidyClaimsService) {}

  /** Claims raised on the beneficiaries' behalf (免审即享 where the policy allows it; a second account still reviews). */
  async submitMany(actor: Actor, items: readonly { placementId: string; kind: SubsidyKind }[]): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const item of items) outcomes.push(await settle(() => this.claims.submit(actor, item.placementId, item.kind)));
    return outcomes;
  }

  /** Approved claims recorded as paid on one day with one voucher or transfer-list number. */
  async markManyPaid(actor: Actor, claimIds: readonly string[], paidOn: string, reference: string): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const claimId of claimIds) outcomes.push(await settle(() => this.claims.markPaid(actor, claimId, paidOn, reference)));
    return outcomes;
  }

  /** Claims decided alike (批量审核) with one note (a rejection needs it) and, for ABSORPTION, one employment check. */
  async reviewMany(actor: Actor, claimIds: readonly string[], approve: boolean, note: string | null, employmentCheck: string | null): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    for (const claimId of claimIds) outcomes.push(await settle(() => this.claims.review(actor, claimId, approve, note, employmentCheck)));
    return outcomes;
  }
}

async function settle(work: () => Promise<SubsidyClaimEntity>): Promise<BatchOutcome> {
  try {
    return { claim: await work(), error: null };
  } catch (error) {
    if (error instanceof DomainError) return { claim: null, error };
    throw error;
  }
}
