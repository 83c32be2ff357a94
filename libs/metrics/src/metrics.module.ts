import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

/** One Prometheus registry per process, shared by every library that counts something (the API serves it at /metrics). */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
