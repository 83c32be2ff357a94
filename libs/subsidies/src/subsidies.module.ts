import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { EvidenceChangeListener } from '@app/placements';
import { WorkersModule } from '@app/workers';
import { SubsidyClaimEntity } from './entities/subsidy-claim.entity.js';
import { SubsidyPolicyEntity } from './entities/subsidy-policy.entity.js';
import { ClaimsReviewFlagger } from './services/claims-review-flagger.js';
import { SubsidyClaimsService } from './services/subsidy-claims.service.js';
import { SubsidyPoliciesService } from './services/subsidy-policies.service.js';

/** Global only so the placements domain can notify it of corrected evidence (EvidenceChangeListener) without depending on it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SubsidyPolicyEntity, SubsidyClaimEntity]), AuditModule, OrganizationsModule, WorkersModule],
  providers: [SubsidyPoliciesService, SubsidyClaimsService, { provide: EvidenceChangeListener, useClass: ClaimsReviewFlagger }],
  exports: [SubsidyPoliciesService, SubsidyClaimsService, EvidenceChangeListener],
})
export class SubsidiesModule {}
