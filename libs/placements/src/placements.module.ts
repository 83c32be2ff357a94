import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { PostingsModule } from '@app/postings';
import { WorkerLinksSource, WorkersModule } from '@app/workers';
import { ApplicationEntity } from './entities/application.entity.js';
import { EmploymentConfirmationEntity } from './entities/employment-confirmation.entity.js';
import { PlacementGroupMemberEntity } from './entities/placement-group-member.entity.js';
import { PlacementGroupEntity } from './entities/placement-group.entity.js';
import { PlacementEntity } from './entities/placement.entity.js';
import { ApplicationsService } from './services/applications.service.js';
import { PlacementGroupsService } from './services/placement-groups.service.js';
import { PlacementWorkerLinks } from './services/placement-worker-links.js';
import { PlacementsService } from './services/placements.service.js';

/**
 * Global only so the workers domain can ask "who works with this worker" (WorkerLinksSource) without importing
 * placements, which itself depends on workers.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationEntity, PlacementEntity, PlacementGroupEntity, PlacementGroupMemberEntity, EmploymentConfirmationEntity]),
    AuditModule,
    PostingsModule,
    OrganizationsModule,
    WorkersModule,
  ],
  providers: [ApplicationsService, PlacementsService, PlacementGroupsService, { provide: WorkerLinksSource, useClass: PlacementWorkerLinks }],
  exports: [ApplicationsService, PlacementsService, PlacementGroupsService, WorkerLinksSource],
})
export class PlacementsModule {}
