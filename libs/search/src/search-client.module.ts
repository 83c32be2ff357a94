import { Global, Module } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { AppConfig } from '@app/config';
import { createMeiliClient } from './meili-client.js';
import { MeiliSearchHttp } from './query/meili-search-http.js';

@Global()
@Module({
  providers: [
    { provide: Meilisearch, inject: [AppConfig], useFactory: (c: AppConfig) => createMeiliClient(c.MEILI_HOST!, c.MEILI_MASTER_KEY) },
    { provide: MeiliSearchHttp, inject: [AppConfig], useFactory: (c: AppConfig) => new MeiliSearchHttp(c.MEILI_HOST!, c.MEILI_MASTER_KEY) },
  ],
  exports: [Meilisearch, MeiliSearchHttp],
})
export class SearchClientModule {}
