#!/usr/bin/env node
// `npm start` and friends call this instead of `npm run build`: it compiles only when a source changed since the
// last successful build, so starting a built tree costs a directory walk (a fraction of a second), not a type check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const STAMP = join(ROOT, 'dist', '.build-stamp');
const SOURCES = ['apps', 'libs', 'bench', 'test', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest modification time under `path` (TypeScript, JSON, SQL and the web app's CSS and HTML; node_modules and dist are not sources). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file changes its folder
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(child));
    else if (/\.(ts|tsx|json|sql|css|html)$/.test(entry.name)) latest = Math.max(latest, statSync(child).mtimeMs);
  }
  return latest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
if (built > changed && process.env.FORCE_BUILD !== '1') process.exit(0);

const started = Date.now();
const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
if (process.stdout.isTTY) process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
