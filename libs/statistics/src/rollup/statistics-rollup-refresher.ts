import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DELETE_ROLLUP_SQL, INSERT_ROLLUP_SQL } from './rollup-sql.js';

/** Counties rebuilt per transaction: a few seconds of work at a million placements, so marks never wait long. */
export const ROLLUP_BATCH_COUNTIES = 16;

const REFRESH_WORK_MEM = '256MB';

/** Advisory-lock namespace of a county being rebuilt (the second key is hashtext(county)). */
const REFRESH_LOCK = 7_240_001;

export interface RefreshOutcome {
  counties: number;
  /** Dirty counties left for the next batch (at the time this one started). */
  remaining: number;
}

/**
 * Keeps statistics_rollup current: rebuilds dirty counties (marked by triggers on every change to placements,
 * subsidy claims and category periods) and moves the horizon as the years turn. Several refreshers may run (API
 * processes with the in-process jobs, apps/worker): a county is rebuilt by one at a time (advisory lock), and only
 * the marks a rebuild has seen are removed, so a change committed meanwhile keeps its county dirty.
 */
@Injectable()
export class StatisticsRollupRefresher {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * When the horizon (the end of next year, Beijing time) has moved, marks every county with data dirty from the day
   * after the old one, in the same transaction, so nothing past the old horizon is ever read from the rollup half-built.
   */
  async extendHorizon(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [state] = await manager.query<Array<{ horizon: string; wanted: string }>>(
        `SELECT horizon::text AS horizon, make_date(extract(year FROM (now() AT TIME ZONE 'Asia/Shanghai'))::int + 1, 12, 31)::text AS wanted
         FROM statistics_rollup_state FOR UPDATE`,
      );
      if (state.horizon >= state.wanted) return false;
      await manager.query(
        `INSERT INTO statistics_dirty (county_code, dirty_from)
         SELECT county, greatest(min(first_day), $1::date + 1) FROM (
           SELECT hukou_region_code AS county, min(start_date) AS first_day FROM placements GROUP BY 1
           UNION ALL
           SELECT hukou_region_code, min((created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM subsidy_claims GROUP BY 1
         ) found GROUP BY county`,
        [state.horizon],
      );
      await manager.query(`UPDATE statistics_rollup_state SET horizon = $1`, [state.wanted]);
      return true;
    });
  }

  /** Rebuilds up to `limit` dirty counties, oldest marks first. */
  async refreshBatch(limit = ROLLUP_BATCH_COUNTIES): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: a horizon move waits for this rebuild, so its marks are never mistaken for ones seen here.
      const [{ horizon }] = await manager.query<Array<{ horizon: string }>>(`SELECT horizon::text AS horizon FROM statistics_rollup_state FOR SHARE`);
      const candidates = await manager.query<Array<{ county: string; dirty: number }>>(
        `SELECT county_code::text AS county, count(*) OVER ()::int AS dirty FROM statistics_dirty GROUP BY county_code ORDER BY min(id) LIMIT $1`,
        [limit * 2],
      );
      if (candidates.length === 0) return { counties: 0, remaining: 0 };
      const counties = await this.lockCounties(
        manager,
        candidates.map((c) => c.county),
        limit,
      );
      if (counties.length === 0) return { counties: 0, remaining: candidates[0].dirty };
      const marks = await manager.query<Array<{ county: string; dirty_from: string; ids: string[] }>>(
        `SELECT county_code::text AS county, min(dirty_from)::text AS dirty_from, array_agg(id)::text[] AS ids
         FROM statistics_dirty WHERE county_code = ANY ($1::bpchar[]) GROUP BY county_code`,
        [counties],
      );
      const params = [marks.map((m) => m.county), marks.map((m) => m.dirty_from), horizon];
      // A batch sorts every (period, worker) pair of its counties: keep the sorts in memory, for this transaction only.
      await manager.query(`SET LOCAL work_mem = '${REFRESH_WORK_MEM}'`);
      await manager.query(DELETE_ROLLUP_SQL, params);
      await manager.query(INSERT_ROLLUP_SQL, params);
      await manager.query(`DELETE FROM statistics_dirty WHERE id = ANY ($1::bigint[])`, [marks.flatMap((m) => m.ids)]);
      return { counties: marks.length, remaining: candidates[0].dirty - marks.length };
    });
  }

  /**
   * Moves the horizon if due and rebuilds until nothing is dirty (the CLI, benchmarks and tests), waiting for
   * counties another refresher is rebuilding.
   */
  async refreshAll(onBatch?: (outcome: RefreshOutcome) => void): Promise<number> {
    await this.extendHorizon();
    let total = 0;
    for (;;) {
      const outcome = await this.refreshBatch();
      if (outcome.counties === 0 && outcome.remaining === 0) return total;
      if (outcome.counties === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      total += outcome.counties;
      if (outcome.counties > 0) onBatch?.(outcome);
    }
  }

  /** The counties no other refresher is rebuilding, up to `limit`; the locks last until this transaction ends. */
  private async lockCounties(manager: EntityManager, counties: string[], limit: number): Promise<string[]> {
    const locked: string[] = [];
    for (const county of counties) {
      if (locked.length >= limit) break;
      const [{ ok }] = await manager.query<Array<{ ok: boolean }>>(`SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok`, [REFRESH_LOCK, county]);
      if (ok) locked.push(county);
    }
    return locked;
  }
}
