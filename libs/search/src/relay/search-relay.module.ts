import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { PostingIndex } from '../index-settings/posting-index.js';
import { SearchModule } from '../search.module.js';
import { RelayLoop } from './relay-loop.js';

const RELAY_ENABLED = Symbol('RELAY_ENABLED');

/** Starts the relay with the application and stops it, batch in flight finished, before connections close. */
@Injectable()
class RelayLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchRelay');

  constructor(
    private readonly loop: RelayLoop,
    private readonly postings: PostingIndex,
    @Inject(RELAY_ENABLED) private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.enabled) {
      this.loop.start();
      return;
    }
    // Another process relays; this one still declares the index settings before anyone searches.
    this.postings
      .ensureReady()
      .catch((error: unknown) => this.logger.warn(`Search index not ready yet: ${error instanceof Error ? error.message : String(error)}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }
}

@Module({})
export class SearchRelayModule {
  /** `alwaysOn` for apps/worker; otherwise the OUTBOX_RELAY setting decides (the API's in-process relay). */
  static forRoot(options: { alwaysOn?: boolean } = {}): DynamicModule {
    return {
      module: SearchRelayModule,
      imports: [SearchModule],
      providers: [
        RelayLifecycle,
        { provide: RELAY_ENABLED, inject: [AppConfig], useFactory: (config: AppConfig) => options.alwaysOn === true || config.OUTBOX_RELAY },
      ],
    };
  }
}
