import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { type Actor, assertCanSeeRegion, chinaToday, isCalendarDate, decodeCursor, encodeCursor, invalidField, FieldReason, Role } from '@app/common';
import { type PlacementEntity, type PlacementScanScope, PlacementsService } from '@app/placements';
import type { SubsidyKind } from '../entities/subsidy-claim.entity.js';
import { type Assessment, assess } from '../rules/evaluate.js';
import { SUBSIDY_KINDS } from '../rules/policy.js';
import { PlacementEvidenceService } from './placement-evidence.service.js';
import type { StoredPolicy } from './subsidy-policies.service.js';

/** Placements read per evidence batch, and at most per call: a page never holds a request longer than a few batches. */
export const UNCLAIMED_SCAN_CHUNK = 200;
export const UNCLAIMED_SCAN_LIMIT = 2000;
/**
 * Milliseconds of scanning after which a call starts no further batch: the page then comes back short with
 * hasNextPage. The work per call is bounded by time as well as by count, so a busy server still answers within its
 * second (docs/benchmarks.md, bench:unclaimed); at least one batch is always read, so every call moves on.
 */
export const UNCLAIMED_TIME_BUDGET_MS = 400;

/** How much one call may read: the service's defaults, smaller in tests that check a walk resumes correctly. */
export interface UnclaimedScanLimits {
  chunk: number;
  placements: number;
  budgetMs: number;
}
const DEFAULT_LIMITS: UnclaimedScanLimits = { chunk: UNCLAIMED_SCAN_CHUNK, placements: UNCLAIMED_SCAN_LIMIT, budgetMs: UNCLAIMED_TIME_BUDGET_MS };

export interface UnclaimedSubsidy {
  placement: PlacementEntity;
  assessment: Assessment;
  policy: StoredPolicy;
}

export interface UnclaimedPage {
  items: UnclaimedSubsidy[];
  cursors: string[];
  hasNextPage: boolean;
  /** Where the next call resumes: after the last item, or after the last placement read when the scan limit stopped it. */
  endCursor: string | null;
  scannedPlacements: number;
}

/** Cursor: the placement's start date and id and the kind's position, so a page resumes inside a placement's kinds. */
const CURSOR_SHAPE = ['text', 'uuid', 'offset'] as const;
const AFTER_EVERY_KIND = SUBSIDY_KINDS.length;

function kindPosition(kind: string): number {
  return (SUBSIDY_KINDS as readonly string[]).indexOf(kind);
}

/**
 * 应发尽发、应补尽补: the subsidies of a jurisdiction that are ELIGIBLE today and have no live claim, so a bureau can
 * raise them (submitSubsidyClaims). Computed, never stored: each page reads placements of the region in (start date,
 * id) order, assesses them in batches with the same engine and evidence as subsidyEligibility, and keeps the ELIGIBLE
 * assessments (ALREADY_CLAIMED, PENDING and INELIGIBLE ones are left out). A page reads at most UNCLAIMED_SCAN_LIMIT
 * placements and starts no batch after UNCLAIMED_TIME_BUDGET_MS; when either stops it early the page may be short,
 * and hasNextPage with endCursor carries on.
 */
@Injectable()
export class UnclaimedSubsidiesService {
  constructor(
    private readonly placements: PlacementsService,
    private readonly evidence: PlacementEvidenceService,
  ) {}

  async list(
    actor: Actor,
    filter: { regionCode?: string | null; kind?: SubsidyKind | null },
    first: number,
    after?: string | null,
    limits: UnclaimedScanLimits = DEFAULT_LIMITS,
  ): Promise<UnclaimedPage> {
    const started = performance.now();
    const { scope, beneficiary } = scanOf(actor, filter.regionCode ?? null);
    const resume = after ? decodeCursor(after, CURSOR_SHAPE) : null;
    if (resume && !isCalendarDate(resume[0])) throw invalidField('after', FieldReason.INVALID_CURSOR);
    let from = resume ? { startDate: String(resume[0]), id: String(resume[1]) } : null;
    const skipThrough = resume ? { id: String(resume[1]), position: Number(resume[2]) } : null;
    const today = chinaToday();

    const items: UnclaimedSubsidy[] = [];
    let scanned = 0;
    let lastRead: PlacementEntity | null = null;
    // A placement already read whole, which the inclusive `from` returns again: the last of the previous batch, or the
    // one a call stopped after (its cursor says every kind of it was seen). One the cursor stopped inside is read again,
    // and its earlier kinds are skipped below.
    let readId: string | null = skipThrough && skipThrough.position >= AFTER_EVERY_KIND ? skipThrough.id : null;
    let exhausted = false;
    while (items.length <= first && scanned < limits.placements && (scanned === 0 || performance.now() - started < limits.budgetMs)) {
      // One row more than a batch tells whether the region has more; one more again for the inclusive `from` row.
      const chunk = await this.placements.scanInOrder(scope, from, limits.chunk + 1 + (readId ? 1 : 0));
      const fresh: PlacementEntity[] = readId ? chunk.filter((p) => p.id !== readId) : chunk;
      const batch: PlacementEntity[] = fresh.slice(0, limits.chunk);
      if (batch.length === 0) {
        exhausted = true;
        break;
      }
      const gathered = await this.evidence.gather(batch);
      for (const placement of batch) {
        const found = gathered.get(placement.id);
        if (!found?.policy) continue; // a policy gap: nothing to raise until the province enters a version
        for (const assessment of assess(found.policy, found.evidence, today)) {
          if (assessment.status !== 'ELIGIBLE' || (filter.kind && assessment.kind !== filter.kind)) continue;
          if (beneficiary && assessment.beneficiaryOrganizationId !== beneficiary) continue;
          if (skipThrough && placement.id === skipThrough.id && kindPosition(assessment.kind) <= skipThrough.position) continue;
          items.push({ placement, assessment, policy: found.policy });
        }
      }
      scanned += batch.length;
      const last: PlacementEntity = batch[batch.length - 1];
      lastRead = last;
      readId = last.id;
      from = { startDate: last.startDate, id: last.id };
      if (fresh.length <= limits.chunk) {
        exhausted = true;
        break;
      }
    }

    const shown = items.slice(0, first);
    const cursors = shown.map((i) => encodeCursor([i.placement.startDate, i.placement.id, kindPosition(i.assessment.kind)]));
    const more = items.length > first;
    // Stopped by the scan limit with fewer than `first`: resume after the last placement read.
    const stoppedEarly = !more && !exhausted && lastRead !== null;
    const endCursor = stoppedEarly ? encodeCursor([lastRead!.startDate, lastRead!.id, AFTER_EVERY_KIND]) : (cursors.at(-1) ?? null);
    return { items: shown, cursors, hasNextPage: more || stoppedEarly, endCursor, scannedPlacements: scanned };
  }
}

/**
 * Whose placements a caller's list walks, and whose subsidies it keeps. A bureau: its jurisdiction's people (or a region
 * inside it), every beneficiary, to raise on their behalf. An employer or an agency: its own placements (as employer, or
 * as the organising agency), only what is paid to the organisation itself (吸纳就业补贴, 跟踪服务补贴), optionally of
 * workers of one hukou region. An ADMIN names the region.
 */
function scanOf(actor: Actor, regionCode: string | null): { scope: PlacementScanScope; beneficiary: string | null } {
  if (actor.role === Role.EMPLOYER || actor.role === Role.AGENT) {
    const organizationId = actor.organizationId!;
    const side = actor.role === Role.EMPLOYER ? { employerOrganizationId: organizationId } : { agentOrganizationId: organizationId };
    return { scope: { ...side, hukouRegionCode: regionCode }, beneficiary: organizationId };
  }
  const region = regionCode ?? actor.regionCode;
  if (!region) throw invalidField('filter.regionCode', FieldReason.REQUIRED);
  if (actor.role === Role.BUREAU) assertCanSeeRegion(actor, region);
  return { scope: { hukouRegionCode: region }, beneficiary: null };
}
