import { Module } from '@nestjs/common';
import { DemoModule } from '@app/demo';
import { DemoOnStart } from './demo-on-start.js';

/** The demo world on start (config DEMO); the seeder itself lives in libs/demo, shared with the CLI. */
@Module({ imports: [DemoModule], providers: [DemoOnStart] })
export class DemoApiModule {}
