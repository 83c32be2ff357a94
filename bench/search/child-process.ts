import { type ChildProcess, spawn } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit. */
  stop(): Promise<void>;
}

/** Runs a built entry point (dist/…) with `env` (and Node flags such as --cpu-prof), collecting its output. */
export function startChild(main: string, args: string[], env: Record<string, string>, nodeFlags: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeFlags, main, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Resolves with the output once `text` appears; rejects if the child exits first or the time runs out. */
export async function waitForOutput(child: Child, text: string | RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const output = child.output();
    if (typeof text === 'string' ? output.includes(text) : text.test(output)) return output;
    if (child.process.exitCode !== null) throw new Error(`${child.process.spawnargs.join(' ')} exited (${child.process.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(text)}:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
