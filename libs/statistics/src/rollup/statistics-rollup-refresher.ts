import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StatisticsSide } from '../statistics-types.js';
import { deleteRollupSql, insertRollupSql } from './rollup-sql.js';

/** Counties rebuilt per transaction: a few seconds of work at a million placements, so marks never wait long. */
export const ROLLUP_BATCH_COUNTIES = 16;

const REFRESH_WORK_MEM = '256MB';

/** Advisory-lock namespace of a county being rebuilt (the second key is hashtext(side:county)). */
const REFRESH_LOCK = 7_240_001;

export interface RefreshOutcome {
  /** Counties rebuilt, each side's counted apart (a county may be dirty on both). */
  counties: number;
  /** Dirty counties left for the next batch (at the time this one started). */
  remaining: number;
}

/** A county of one side: the unit the rollup is rebuilt in. */
interface SideCounty {
  side: StatisticsSide;
  county: string;
}

/**
 * Keeps statistics_rollup current: rebuilds dirty counties of both sides (marked by triggers on every change to
 * placements, subsidy claims and category periods: the hukou county and the work county) and moves the horizon as the years turn. Several refreshers may run (API
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
        `INSERT INTO statistics_dirty (side, county_code, dirty_from)
         SELECT side, county, greatest(min(first_day), $1::date + 1) FROM (
           SELECT 'HUKOU'::statistics_side AS side, hukou_region_code AS county, min(start_date) AS first_day FROM placements GROUP BY 2
           UNION ALL
           SELECT 'HUKOU', hukou_region_code, min((created_at AT TIME ZONE 'Asia/Shanghai')::date) FROM subsidy_claims GROUP BY 2
           UNION ALL
           SELECT 'WORKPLACE', work_region_code, min(start_date) FROM placements GROUP BY 2
           UNION ALL
           SELECT 'WORKPLACE', p.work_region_code, min((c.created_at AT TIME ZONE 'Asia/Shanghai')::date)
           FROM subsidy_claims c JOIN placements p ON p.id = c.placement_id GROUP BY 2
         ) found GROUP BY side, county`,
        [state.horizon],
      );
      await manager.query(`UPDATE statistics_rollup_state SET horizon = $1`, [state.wanted]);
      return true;
    });
  }

  /** Rebuilds up to `limit` dirty counties (of either side), oldest marks first. */
  async refreshBatch(limit = ROLLUP_BATCH_COUNTIES): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: a horizon move waits for this rebuild, so its marks are never mistaken for ones seen here.
      const [{ horizon }] = await manager.query<Array<{ horizon: string }>>(`SELECT horizon::text AS horizon FROM statistics_rollup_state FOR SHARE`);
      const candidates = await manager.query<Array<SideCounty & { dirty: number }>>(
        `SELECT side, county_code::text AS county, count(*) OVER ()::int AS dirty FROM statistics_dirty GROUP BY side, county_code ORDER BY min(id) LIMIT $1`,
        [limit * 2],
      );
      if (candidates.length === 0) return { counties: 0, remaining: 0 };
      const counties = await this.lockCounties(manager, candidates, limit);
      if (counties.length === 0) return { counties: 0, remaining: candidates[0].dirty };
      const marks = await manager.query<Array<SideCounty & { dirty_from: string; ids: string[] }>>(
        `SELECT d.side, d.county_code::text AS county, min(d.dirty_from)::text AS dirty_from, array_agg(d.id)::text[] AS ids
         FROM statistics_dirty d JOIN unnest($1::statistics_side[], $2::bpchar[]) AS l(side, county) ON l.side = d.side AND l.county = d.county_code
         GROUP BY d.side, d.county_code`,
        [counties.map((c) => c.side), counties.map((c) => c.county)],
      );
      // A batch sorts every (period, worker) pair of its counties: keep the sorts in memory, for this transaction only.
      await manager.query(`SET LOCAL work_mem = '${REFRESH_WORK_MEM}'`);
      for (const side of Object.values(StatisticsSide)) {
        const ofSide = marks.filter((m) => m.side === side);
        if (ofSide.length === 0) continue;
        const params = [ofSide.map((m) => m.county), ofSide.map((m) => m.dirty_from), horizon];
        await manager.query(deleteRollupSql(side), params);
        await manager.query(insertRollupSql(side), params);
      }
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
  private async lockCounties(manager: EntityManager, counties: SideCounty[], limit: number): Promise<SideCounty[]> {
    const locked: SideCounty[] = [];
    for (const { side, county } of counties) {
      if (locked.length >= limit) break;
      const [{ ok }] = await manager.query<Array<{ ok: boolean }>>(`SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS ok`, [
        REFRESH_LOCK,
        `${side}:${county}`,
      ]);
      if (ok) locked.push({ side, county });
    }
    return locked;
  }
}
