import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { RegionsModule } from '@app/regions';
import { HouseholdEntity } from './entities/household.entity.js';
import { WorkerCategoryEntity } from './entities/worker-category.entity.js';
import { WorkerEntity } from './entities/worker.entity.js';
import { WorkerEntrustmentEntity } from './entities/worker-entrustment.entity.js';
import { EntrustmentsService } from './services/entrustments.service.js';
import { IdNumberVault } from './services/id-number-vault.js';
import { RegistrationReviewService } from './services/registration-review.service.js';
import { WorkerImportService } from './services/worker-import.service.js';
import { WorkersService } from './services/workers.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([WorkerEntity, WorkerCategoryEntity, HouseholdEntity, WorkerEntrustmentEntity]),
    RegionsModule,
    AccountsModule,
    AuditModule,
    OrganizationsModule,
  ],
  providers: [WorkersService, IdNumberVault, WorkerImportService, RegistrationReviewService, EntrustmentsService],
  exports: [WorkersService, IdNumberVault, WorkerImportService, RegistrationReviewService, EntrustmentsService],
})
export class WorkersModule {}
