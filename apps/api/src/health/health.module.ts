import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { MeilisearchHealthIndicator } from './meilisearch.health.js';

@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [MeilisearchHealthIndicator] })
export class HealthModule {}
