import { Module } from '@nestjs/common';
import { WorkersModule } from '@app/workers';
import { WorkerImportsController } from './worker-imports.controller.js';

@Module({ imports: [WorkersModule], controllers: [WorkerImportsController] })
export class ImportsApiModule {}
