import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { EntrustmentsResolver } from './entrustments.resolver.js';
import { HouseholdsResolver } from './households.resolver.js';
import { IdRevealsResolver } from './id-reveals.resolver.js';
import { RegistrationReviewResolver } from './registration-review.resolver.js';
import { WorkersResolver } from './workers.resolver.js';

@Module({
  imports: [WorkersModule, RegionsModule, OrganizationsModule, AuditModule],
  providers: [WorkersResolver, HouseholdsResolver, RegistrationReviewResolver, EntrustmentsResolver, IdRevealsResolver],
})
export class WorkersApiModule {}
