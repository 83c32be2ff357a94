import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { EvidenceChangeListener } from '@app/placements';
import { SubsidyClaimEntity, SubsidyClaimStatus } from '../entities/subsidy-claim.entity.js';

/** A corrected confirmation sends the placement’s open and approved claims back for review, in the same transaction. */
@Injectable()
export class ClaimsReviewFlagger extends EvidenceChangeListener {
  async placementEvidenceChanged(manager: EntityManager, placementId: string): Promise<void> {
    await manager.update(SubsidyClaimEntity, { placementId, status: In([SubsidyClaimStatus.SUBMITTED, SubsidyClaimStatus.APPROVED]) }, { needsReview: true });
  }
}
