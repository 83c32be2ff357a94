import { NestFactory } from '@nestjs/core';
import { Presets, SingleBar } from 'cli-progress';
import { OutboxRelay, PostingReindexer } from '@app/search';
import { SearchCliModule } from '../search-cli.module.js';
import type { CliCommand } from './command.js';

export const reindexCommand: CliCommand = {
  name: 'reindex',
  usage: 'reindex [--batch <size>]',
  description: 'Rebuild the posting search index from PostgreSQL into a fresh index and swap it in atomically (search keeps working).',
  async run(runtime, args) {
    const flag = args.indexOf('--batch');
    const batch = flag >= 0 ? Number(args[flag + 1]) : 5_000;
    if (!Number.isInteger(batch) || batch < 100 || batch > 50_000) throw new Error('--batch must be a whole number from 100 to 50000');
    const app = await NestFactory.createApplicationContext(SearchCliModule.forRoot(runtime.config), { logger: ['error', 'warn'] });
    const bar = new SingleBar(
      {
        format: 'Reindexing postings [{bar}] {percentage}% | {value}/{total} read | {indexed} indexed | {duration_formatted}',
        noTTYOutput: true,
        notTTYSchedule: 2_000,
      },
      Presets.shades_classic,
    );
    try {
      let started = false;
      const result = await app.get(PostingReindexer).reindex(({ read, total, indexed }) => {
        if (!started) {
          bar.start(total, read, { indexed });
          started = true;
        } else {
          bar.update(read, { indexed });
        }
      }, batch);
      bar.stop();
      // Writes made during the rebuild were queued again; apply them now rather than waiting for a running relay.
      const caughtUp = await app.get(OutboxRelay).drain();
      process.stdout.write(
        `Indexed ${result.indexed} open postings of ${result.total} in ${result.seconds.toFixed(1)} s; ` +
          `${result.replayed} change(s) made meanwhile replayed (${caughtUp} outbox event(s) applied).\n`,
      );
    } finally {
      bar.stop();
      await app.close();
    }
  },
};
