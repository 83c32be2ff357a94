import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { SubsidiesModule } from '@app/subsidies';
import { SubsidiesResolver } from './subsidies.resolver.js';

@Module({ imports: [SubsidiesModule, RegionsModule], providers: [SubsidiesResolver] })
export class SubsidiesApiModule {}
