import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';

@Injectable()
export class MeilisearchHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly meili: Meilisearch,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const health = await this.meili.health();
      return health.status === 'available' ? indicator.up() : indicator.down({ status: health.status });
    } catch {
      return indicator.down({ message: 'Meilisearch is not reachable' });
    }
  }
}
