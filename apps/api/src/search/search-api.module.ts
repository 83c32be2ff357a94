import { Module } from '@nestjs/common';
import { PlacementsModule } from '@app/placements';
import { RegionsModule } from '@app/regions';
import { SearchModule, SearchRelayModule } from '@app/search';
import { SearchResolver } from './search.resolver.js';

/** searchPostings, and the in-process outbox relay (unless OUTBOX_RELAY is off because apps/worker runs apart). */
@Module({ imports: [SearchModule, SearchRelayModule.forRoot(), RegionsModule, PlacementsModule], providers: [SearchResolver] })
export class SearchApiModule {}
