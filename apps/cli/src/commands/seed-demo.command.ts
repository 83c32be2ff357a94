import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { DEMO_PASSWORD, DEMO_STAGE_LABELS, DemoSeederService, type DemoProgress, type DemoSeedResult, MAX_DEMO_SCALE } from '@app/demo';
import { CliModule } from '../cli.module.js';
import type { CliCommand } from './command.js';

function parseScale(args: string[]): number {
  const flag = args.indexOf('--scale');
  if (flag < 0) return 1;
  const scale = Number(args[flag + 1]);
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_DEMO_SCALE)
    throw new Error(`--scale must be a number more than 0 and at most ${MAX_DEMO_SCALE} (1 = about 3,000 workers)`);
  return scale;
}

/** One bar per stage, redrawn on a terminal and printed every few seconds when piped. */
function progressBars(): { update(progress: DemoProgress): void; stop(): void } {
  let bar: cliProgress.SingleBar | null = null;
  let stage: string | null = null;
  return {
    update({ stage: next, done, total }) {
      if (next !== stage) {
        bar?.stop();
        stage = next;
        bar = new cliProgress.SingleBar(
          {
            format: `${DEMO_STAGE_LABELS[next].padEnd(24)} |{bar}| {value}/{total} | {duration_formatted}`,
            hideCursor: true,
            noTTYOutput: true,
            notTTYSchedule: 3_000,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

function summary(result: DemoSeedResult): string {
  const f = result.footprint;
  return [
    `  ${f.accounts} accounts, ${f.organizations} organisations, ${f.postings} postings`,
    `  ${f.workers} workers in ${f.households} households, ${f.placements} placements, ${f.confirmations} monthly confirmations, ${f.followUps} agency follow-ups`,
    `  ${f.applications} applications, ${f.groups} group departures, ${f.targets} employment targets`,
    `  subsidy claims: ${f.claims.SUBMITTED} submitted, ${f.claims.APPROVED} approved, ${f.claims.REJECTED} rejected, ${f.claims.PAID} paid`,
  ].join('\n');
}

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo [--scale <n>]',
  description: 'Load the demo world (about 3,000 workers × scale) and its demo accounts; does nothing if already loaded.',
  async run(runtime, args) {
    const scale = parseScale(args);
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.config), { logger: ['error'] });
    const bars = progressBars();
    try {
      const result = await app
        .get(DemoSeederService)
        .seed({ scale, onProgress: (p) => bars.update(p) })
        .finally(() => bars.stop());
      if (!result.created) {
        process.stdout.write(`The demo data is already loaded; nothing was changed.\n${summary(result)}\n`);
        return;
      }
      process.stdout.write(`\nDemo data loaded at scale ${scale} in ${result.seconds.toFixed(1)} s:\n${summary(result)}\n`);
      process.stdout.write(
        `Sign in as admin, bureau-guizhou, bureau-qiannan, bureau-huishui, employer-shenzhen, workshop-huishui, agent-huishui or worker-demo with the password ${DEMO_PASSWORD} (see README, "Demo data").\n`,
      );
      process.stdout.write('Search picks the new postings up when the API (or the worker) runs its outbox relay.\n');
    } finally {
      await app.close();
    }
  },
};
