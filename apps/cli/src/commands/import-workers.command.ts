import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { AccountEntity, actorOf, normalizeUsername } from '@app/accounts';
import { type Actor, Role } from '@app/common';
import { type WorkerImportProgress, WorkerImportService } from '@app/workers';
import { CliModule } from '../cli.module.js';
import type { CliCommand } from './command.js';

const ERRORS_SHOWN = 20;

/** The account the import runs as: the one named by --as, else the first ADMIN (operators run the CLI). */
async function importer(dataSource: DataSource, username: string | undefined): Promise<Actor> {
  const accounts = dataSource.getRepository(AccountEntity);
  const account = username
    ? await accounts.findOneBy({ username: normalizeUsername(username) })
    : await accounts.findOne({ where: { role: Role.ADMIN }, order: { createdAt: 'ASC' } });
  if (!account)
    throw new Error(
      username ? `No account named ${username}` : 'No ADMIN account yet: create one with `npm run cli -- create-admin <username>`, or pass --as <username>',
    );
  if (account.disabledAt) throw new Error(`The account ${account.username} is disabled`);
  return actorOf(account);
}

function progressBar(): { update(progress: WorkerImportProgress): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      format: '导入 |{bar}| {percentage}% | {value}/{total} 行 | 剩余 {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update({ phase, done, total }) {
      if (phase === 'reading') {
        process.stdout.write(`已读取 ${total} 行，正在校验…\n`);
        return;
      }
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export const importWorkersCommand: CliCommand = {
  name: 'import-workers',
  usage: 'import-workers <file> [--as <username>]',
  description: 'Import a worker ledger (台账, .xlsx or .csv) as the given BUREAU/AGENT/ADMIN account (default: the first ADMIN).',
  async run(runtime, args) {
    const asFlag = args.indexOf('--as');
    const username = asFlag >= 0 ? args[asFlag + 1] : undefined;
    if (asFlag >= 0 && !username) throw new Error('--as needs a username');
    const file = args.find((a, i) => !a.startsWith('--') && (asFlag < 0 || i !== asFlag + 1));
    if (!file) throw new Error('Give the ledger file: import-workers <file.xlsx|file.csv>');
    const path = resolve(file);
    if (!existsSync(path) || !statSync(path).isFile()) throw new Error(`No such file: ${path}`);

    const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime.config), { logger: ['error'] });
    try {
      const actor = await importer(app.get(DataSource), username);
      process.stdout.write(`以 ${actor.username}（${actor.role}）身份导入 ${basename(path)}\n`);
      const bar = progressBar();
      const started = Date.now();
      const result = await app
        .get(WorkerImportService)
        .importLedger(actor, { fileName: basename(path), path }, { onProgress: (p) => bar.update(p) })
        .finally(() => bar.stop());
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(
        `\n共 ${result.total} 行：导入 ${result.imported}，已登记跳过 ${result.skipped}，出错 ${result.failed}（用时 ${seconds.toFixed(1)} 秒）\n`,
      );
      if (result.errors.length) {
        process.stdout.write(`\n前 ${Math.min(ERRORS_SHOWN, result.errors.length)} 个错误（共 ${result.errors.length} 个）：\n`);
        for (const e of result.errors.slice(0, ERRORS_SHOWN)) process.stdout.write(`  第 ${e.row} 行 [${e.column}] ${e.message}\n`);
      }
    } finally {
      await app.close();
    }
  },
};
