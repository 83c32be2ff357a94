import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { WorkersModule } from '@app/workers';
import { HouseholdsResolver } from './households.resolver.js';
import { RegistrationReviewResolver } from './registration-review.resolver.js';
import { WorkersResolver } from './workers.resolver.js';

@Module({ imports: [WorkersModule, RegionsModule], providers: [WorkersResolver, HouseholdsResolver, RegistrationReviewResolver] })
export class WorkersApiModule {}
