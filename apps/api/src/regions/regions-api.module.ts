import { Module } from '@nestjs/common';
import { RegionsModule } from '@app/regions';
import { RegionsResolver } from './regions.resolver.js';

@Module({ imports: [RegionsModule], providers: [RegionsResolver] })
export class RegionsApiModule {}
