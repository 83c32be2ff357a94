import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { DEMO_PASSWORD, DemoSeederService, textProgress } from '@app/demo';

/**
 * `npm start -- --demo` / `DEMO=1 npm start`: loads the demo world while the app boots, so the server starts listening
 * with it in place (a second start finds it and changes nothing). Refused in production: the demo's accounts share a
 * published password.
 */
@Injectable()
export class DemoOnStart implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly seeder: DemoSeederService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.DEMO) return;
    if (this.config.isProduction) throw new Error('DEMO is refused with NODE_ENV=production: demo accounts share a published password');
    const write = (line: string) => process.stdout.write(`${line}\n`);
    write('Demo data: checking…');
    const result = await this.seeder.seed({ onProgress: textProgress(write) });
    const f = result.footprint;
    write(
      result.created
        ? `Demo data: loaded in ${result.seconds.toFixed(1)} s (${f.workers} workers, ${f.placements} placements, ${f.postings} postings).`
        : `Demo data: already loaded (${f.workers} workers, ${f.placements} placements); nothing changed.`,
    );
    write(
      `Demo data: sign in as admin, bureau-qiannan, employer-shenzhen, agent-huishui, worker-demo… with the password ${DEMO_PASSWORD} (README, "Demo data").`,
    );
  }
}
