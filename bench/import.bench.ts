/**
 * `npm run bench:import`: imports a generated 100,000-row worker ledger (.xlsx, households of 1-5 people in real
 * sending counties) through WorkerImportService into a fresh embedded PostgreSQL, and prints the wall time against
 * the goal of 30 s. Then imports the same file again (everyone skipped) to show re-import is both safe and cheap.
 */
import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { type Actor, Role } from '@app/common';
import { AppConfig, AppConfigModule, validateConfig, withDevelopmentSecrets } from '@app/config';
import { DatabaseModule } from '@app/database';
import { divisionRows } from '@app/regions';
import { randomIdNumber, randomMobile } from '@app/testing';
import { PlacementWorkerLinks } from '@app/placements';
import { WorkerImportService, type WorkerImportProgress, WorkerLinksSource, WorkersModule } from '@app/workers';
import { BenchFolder } from './support/bench-postgres.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const GOAL_SECONDS = 30;
const BATCH_SIZE = process.env.BENCH_IMPORT_BATCH ? Number(process.env.BENCH_IMPORT_BATCH) : undefined;
/** Guizhou, Yunnan, Gansu and Shaanxi: the sending provinces of the demo world. */
const SENDING_PROVINCES = ['52', '53', '62', '61'];
const CATEGORIES = ['脱贫人口', '监测对象', '农村低保', '农村特困', '易地搬迁'];
const CAPACITIES = ['全劳力', '全劳力', '全劳力', '弱劳力', '半劳力'];
const SKILLS = ['普工', '电焊', '缝纫', '厨师', '保洁', '建筑', '叉车', '养殖', '种植', '家政'];
const DESTINATIONS = ['440000', '330000', '350000', '320000', '440300', '330100'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '秀英明华丽军芳伟强静敏燕杰娟涛超霞平刚桂兰';

const pick = <T>(list: readonly T[]): T => list[randomInt(list.length)];

@Module({})
class BenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: BenchModule,
      imports: [AppConfigModule.forRoot(config), DatabaseModule, WorkersModule],
      // WorkersModule's required port, as the API wires it.
      providers: [{ provide: WorkerLinksSource, useClass: PlacementWorkerLinks }],
    };
  }
}

/** A ledger as county offices keep them: households in consecutive rows, 户编号 shared within a household. */
async function writeLedger(path: string, rows: number): Promise<void> {
  const counties = divisionRows().filter((r) => r.level === 'COUNTY' && SENDING_PROVINCES.includes(r.code.slice(0, 2)) && !r.name.endsWith('市辖区'));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('劳动力台账');
  sheet
    .addRow(['姓名', '身份证号', '手机号', '户籍区县代码', '户编号', '人员类别', '劳动能力', '技能', '劳务品牌', '是否愿意外出', '意向地区代码', '期望月薪'])
    .commit();
  const seen = new Set<string>();
  let written = 0;
  let household = 0;
  while (written < rows) {
    const county = pick(counties).code;
    const size = Math.min(1 + randomInt(5), rows - written);
    household += 1;
    const categories = [pick(CATEGORIES), ...(randomInt(4) === 0 ? [pick(CATEGORIES)] : [])];
    for (let m = 0; m < size; m++) {
      let id = randomIdNumber(county);
      while (seen.has(id)) id = randomIdNumber(county);
      seen.add(id);
      sheet
        .addRow([
          pick([...SURNAMES]) + pick([...GIVEN]) + (randomInt(2) ? pick([...GIVEN]) : ''),
          id,
          randomInt(5) ? randomMobile() : '',
          county,
          `${county}-${household}`,
          [...new Set(categories)].join('、'),
          pick(CAPACITIES),
          [pick(SKILLS), pick(SKILLS)].join('、'),
          randomInt(10) === 0 ? '织金砂锅' : '',
          randomInt(3) ? '是' : '否',
          randomInt(2) ? `${pick(DESTINATIONS)}、${pick(DESTINATIONS)}` : '',
          3000 + 100 * randomInt(40),
        ])
        .commit();
      written += 1;
    }
  }
  sheet.commit();
  await workbook.commit();
}

async function main(): Promise<void> {
  const folder = new BenchFolder('import');
  const dir = folder.dir;
  try {
    const ledger = join(dir, 'ledger.xlsx');
    let started = Date.now();
    await writeLedger(ledger, ROWS);
    process.stdout.write(
      `generated ${ROWS} rows (${(statSync(ledger).size / 1024 / 1024).toFixed(1)} MB .xlsx) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );

    const databaseUrl = await folder.startPostgres();
    const config = validateConfig(withDevelopmentSecrets({ DATA_DIR: dir, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' }));
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const accountId: string = (await db.query(`INSERT INTO accounts (username, password_hash, role) VALUES ('bench_admin', 'x', 'ADMIN') RETURNING id`)).rows[0]
      .id;
    const actor: Actor = { accountId, username: 'bench_admin', role: Role.ADMIN, regionCode: null, organizationId: null, workerId: null };

    const app = await NestFactory.createApplicationContext(BenchModule.forRoot(config), { logger: ['error'] });
    try {
      const imports = app.get(WorkerImportService);
      const phases: Record<string, number> = {};
      started = Date.now();
      const onProgress = (p: WorkerImportProgress) => {
        if (p.phase === 'reading') phases.read = Date.now() - started;
        else if (phases.validated === undefined) phases.validated = Date.now() - started;
      };
      const result = await imports.importLedger(actor, { fileName: 'ledger.xlsx', path: ledger }, { onProgress, batchSize: BATCH_SIZE });
      const seconds = (Date.now() - started) / 1000;
      const counts = (
        await db.query(
          'SELECT (SELECT count(*) FROM workers)::int AS workers, (SELECT count(*) FROM households)::int AS households, (SELECT count(*) FROM worker_categories)::int AS categories',
        )
      ).rows[0];
      process.stdout.write(
        `imported ${result.imported}, skipped ${result.skipped}, failed ${result.failed}; ` +
          `database: ${counts.workers} workers, ${counts.households} households, ${counts.categories} category rows\n` +
          `phases: read ${(phases.read / 1000).toFixed(1)} s, validate ${((phases.validated - phases.read) / 1000).toFixed(1)} s, ` +
          `seal + insert ${(seconds - phases.validated / 1000).toFixed(1)} s\n`,
      );
      process.stdout.write(`import_100k_rows_seconds: ${seconds.toFixed(1)} (goal: ≤ ${GOAL_SECONDS}) ${seconds <= GOAL_SECONDS ? 'OK' : 'OVER'}\n`);
      process.stdout.write(`import_rows_per_second: ${Math.round(ROWS / seconds)}\n`);
      for (const e of result.errors.slice(0, 5)) process.stdout.write(`  error: row ${e.row} [${e.column}] ${e.message}\n`);
      if (result.imported !== ROWS || counts.workers !== ROWS) throw new Error(`expected ${ROWS} workers, got ${counts.workers} (${result.failed} failed)`);

      started = Date.now();
      const again = await imports.importLedger(actor, { fileName: 'ledger.xlsx', path: ledger });
      const reSeconds = (Date.now() - started) / 1000;
      const after = (await db.query('SELECT count(*)::int AS n FROM workers')).rows[0].n;
      process.stdout.write(
        `reimport_100k_rows_seconds: ${reSeconds.toFixed(1)} (imported ${again.imported}, skipped ${again.skipped}; workers still ${after})\n`,
      );
      if (again.imported !== 0 || after !== ROWS) throw new Error('re-import created rows');
      if (seconds > GOAL_SECONDS) process.exitCode = 1;
    } finally {
      await app.close();
      await db.end();
    }
  } finally {
    await folder.cleanup();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
