import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@app/outbox';
import { RegionsModule } from '@app/regions';
import { OrganizationEntity } from './entities/organization.entity.js';
import { OrganizationDirectoryService } from './services/organization-directory.service.js';
import { OrganizationsService } from './services/organizations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity]), RegionsModule, OutboxModule],
  providers: [OrganizationsService, OrganizationDirectoryService],
  exports: [OrganizationsService, OrganizationDirectoryService],
})
export class OrganizationsModule {}
