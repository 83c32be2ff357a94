import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '@app/regions';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';
import { AuditService } from './services/audit.service.js';
import { IdNumberRevealLogService } from './services/id-number-reveal-log.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity]), RegionsModule],
  providers: [AuditService, IdNumberRevealLogService],
  exports: [AuditService, IdNumberRevealLogService],
})
export class AuditModule {}
