import type { Runtime } from '@app/runtime';

/** One operator command: `npm run cli -- <name> [args]`. */
export interface CliCommand {
  name: string;
  usage: string;
  description: string;
  run(runtime: Runtime, args: string[]): Promise<void>;
}
