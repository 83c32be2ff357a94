import { NestFactory } from '@nestjs/core';
import { Presets, SingleBar } from 'cli-progress';
import { StatisticsRollupRefresher } from '@app/statistics';
import { CliModule } from '../cli.module.js';
import type { CliCommand } from './command.js';

export const refreshStatisticsCommand: CliCommand = {
  name: 'refresh-statistics',
  usage: 'refresh-statistics',
  description: 'Bring the statistics rollup up to date now (the API or worker otherwise does it in the background).',
  async run(runtime) {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.config), { logger: ['error', 'warn'] });
    const bar = new SingleBar(
      { format: 'Refreshing statistics [{bar}] {value}/{total} counties | {duration_formatted}', noTTYOutput: true, notTTYSchedule: 2_000 },
      Presets.shades_classic,
    );
    const started = Date.now();
    try {
      let done = 0;
      const counties = await app.get(StatisticsRollupRefresher).refreshAll(({ counties: batch, remaining }) => {
        done += batch;
        if (done === batch) bar.start(done + remaining, done);
        else bar.setTotal(Math.max(done + remaining, done));
        bar.update(done);
      });
      bar.stop();
      process.stdout.write(`Statistics rollup up to date: ${counties} county(ies) rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    } finally {
      bar.stop();
      await app.close();
    }
  },
};
