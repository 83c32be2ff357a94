import { Module } from '@nestjs/common';
import { MetricsModule as MetricsRegistryModule } from '@app/metrics';
import { MetricsController } from './metrics.controller.js';

@Module({ imports: [MetricsRegistryModule], controllers: [MetricsController] })
export class MetricsModule {}
