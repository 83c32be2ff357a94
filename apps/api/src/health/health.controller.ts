import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/common';
import { MeilisearchHealthIndicator } from './meilisearch.health.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly meilisearch: MeilisearchHealthIndicator,
  ) {}

  /** 200 with both services up, 503 naming the one that is down. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.database.pingCheck('database').withTimeout(2_000), () => this.meilisearch.check('meilisearch')]);
  }
}
