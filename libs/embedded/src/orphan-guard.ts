import { spawn } from 'node:child_process';

export interface GuardedProcess {
  pid: number;
  signal: 'INT' | 'TERM';
}

/**
 * Keeps the embedded servers from outliving the app, even when the app dies by SIGKILL and no handler runs.
 * A detached shell waits on a pipe from this process; the kernel closes the pipe whenever this process ends,
 * `read` returns, and the shell signals the servers. On a clean stop the servers are already gone: the kill is a no-op.
 */
export function guardAgainstOrphans(processes: GuardedProcess[]): void {
  if (processes.length === 0) return;
  const kills = processes.map((p) => `kill -${p.signal} ${p.pid} 2>/dev/null`).join('; ');
  const guard = spawn('/bin/sh', ['-c', `read _ ; ${kills}`], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  guard.unref();
  // The pipe must not keep the event loop alive, or the app could never exit by itself.
  (guard.stdin as unknown as { unref?: () => void }).unref?.();
}
