import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { PlacementsModule } from '@app/placements';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { AwardEvidenceService } from './awards/award-evidence.service.js';
import { OrganizationAwardsService } from './awards/organization-awards.service.js';
import { CountySubsidyStandardEntity } from './entities/county-subsidy-standard.entity.js';
import { OrganizationAwardEntity } from './entities/organization-award.entity.js';
import { SubsidyClaimEntity } from './entities/subsidy-claim.entity.js';
import { CountyStandardsService } from './services/county-standards.service.js';
import { SubsidyPolicyEntity } from './entities/subsidy-policy.entity.js';
import { SubsidyClaimsService } from './services/subsidy-claims.service.js';
import { SubsidyClaimBatchesService } from './services/subsidy-claim-batches.service.js';
import { PlacementEvidenceService } from './services/placement-evidence.service.js';
import { SubsidyPoliciesService } from './services/subsidy-policies.service.js';
import { UnclaimedSubsidiesService } from './services/unclaimed-subsidies.service.js';

/**
 * Policies and claims. This domain implements the placements domain's EvidenceChangeListener (ClaimsReviewFlagger); the
 * composition root (apps/api, apps/cli) wires it (see docs/architecture.md, "Ports").
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SubsidyPolicyEntity, SubsidyClaimEntity, CountySubsidyStandardEntity, OrganizationAwardEntity]),
    AuditModule,
    OrganizationsModule,
    WorkersModule,
    PlacementsModule,
    RegionsModule,
  ],
  providers: [
    SubsidyPoliciesService,
    SubsidyClaimsService,
    SubsidyClaimBatchesService,
    PlacementEvidenceService,
    UnclaimedSubsidiesService,
    CountyStandardsService,
    OrganizationAwardsService,
    AwardEvidenceService,
  ],
  exports: [
    SubsidyPoliciesService,
    SubsidyClaimsService,
    SubsidyClaimBatchesService,
    UnclaimedSubsidiesService,
    CountyStandardsService,
    OrganizationAwardsService,
    AwardEvidenceService,
  ],
})
export class SubsidiesModule {}
