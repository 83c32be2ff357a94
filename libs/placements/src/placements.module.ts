import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { PostingsModule } from '@app/postings';
import { WorkersModule } from '@app/workers';
import { ApplicationEntity } from './entities/application.entity.js';
import { EmploymentConfirmationEntity } from './entities/employment-confirmation.entity.js';
import { PlacementGroupMemberEntity } from './entities/placement-group-member.entity.js';
import { PlacementGroupEntity } from './entities/placement-group.entity.js';
import { PlacementEntity } from './entities/placement.entity.js';
import { PlacementFollowUpEntity } from './entities/placement-follow-up.entity.js';
import { ApplicationsService } from './services/applications.service.js';
import { PlacementGroupsService } from './services/placement-groups.service.js';
import { PlacementsService } from './services/placements.service.js';

/**
 * Applications, placements and groups. PlacementsService needs an EvidenceChangeListener (implemented by the subsidies
 * domain), and this domain implements the workers domain's WorkerLinksSource (PlacementWorkerLinks): both ports are
 * wired by the composition root (apps/api, apps/cli), not here (see docs/architecture.md, "Ports").
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ApplicationEntity,
      PlacementEntity,
      PlacementGroupEntity,
      PlacementGroupMemberEntity,
      EmploymentConfirmationEntity,
      PlacementFollowUpEntity,
    ]),
    AuditModule,
    PostingsModule,
    OrganizationsModule,
    WorkersModule,
  ],
  providers: [ApplicationsService, PlacementsService, PlacementGroupsService],
  exports: [ApplicationsService, PlacementsService, PlacementGroupsService],
})
export class PlacementsModule {}
