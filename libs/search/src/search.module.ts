import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/metrics';
import { RegionsModule } from '@app/regions';
import { PostingDocumentSource } from './documents/posting-document-source.js';
import { PostingIndex } from './index-settings/posting-index.js';
import { PostingSearchService } from './query/posting-search.service.js';
import { PostingReindexer } from './reindex/posting-reindexer.js';
import { OutboxRelay } from './relay/outbox-relay.js';
import { RelayLoop } from './relay/relay-loop.js';
import { RelayMetrics } from './relay/relay-metrics.js';
import { TaskWatcher } from './relay/task-watcher.js';
import { SearchClientModule } from './search-client.module.js';

/** Posting search: the index, its sync from the outbox, full rebuilds and queries. Needs AppConfig and a DataSource. */
@Module({
  imports: [SearchClientModule, RegionsModule, MetricsModule],
  providers: [PostingIndex, PostingDocumentSource, RelayMetrics, TaskWatcher, OutboxRelay, RelayLoop, PostingReindexer, PostingSearchService],
  exports: [PostingIndex, PostingDocumentSource, OutboxRelay, RelayLoop, PostingReindexer, PostingSearchService],
})
export class SearchModule {}
