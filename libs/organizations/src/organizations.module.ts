import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '@app/regions';
import { OrganizationEntity } from './entities/organization.entity.js';
import { OrganizationsService } from './services/organizations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity]), RegionsModule],
  providers: [OrganizationsService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
