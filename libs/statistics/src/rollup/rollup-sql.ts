import type { RegionLevel } from '@app/common';
import { StatisticsDimension, StatisticsSide } from '../statistics-types.js';
import { CATEGORY_JOIN, childOf, claimedBetween, COUNTED_PLACEMENT, paidBetween, PLACEMENT_REGION_COLUMN, provinceOf } from '../services/statistics-sql.js';

/**
 * The rollup's SQL. A row holds, for one side, one county of that side (the hukou county, or the work county) and one
 * period, the metrics of one cell of a CUBE over (category, scope, posting kind), and on the workplace side also the
 * hukou province; `grouping` says which are rolled up (hukou province 8, category 4, scope 2, kind 1; the hukou side
 * always rolls the province up without the bit, so its rows are those of before). Adding hukou rows over counties is
 * exact because a worker has one hukou county; workplace rows are read for their own county only, since one worker
 * may work in two counties in a period (rollupAddsUp). Nothing is ever added over periods or over cells of another
 * grouping.
 *
 * The cells mean exactly what the live statements in statistics-sql.ts compute, so reading a clean county here or
 * live gives the same numbers: categories are the ones held on the placement's start date, a worker counts once per
 * cell, claims count on the Beijing day they were made (not rejected) and on the day they were paid.
 */

/** Bit of each dimension in `grouping` when it is rolled up. */
const ROLLED_UP_BIT: Partial<Record<StatisticsDimension, number>> = {
  [StatisticsDimension.CATEGORY]: 4,
  [StatisticsDimension.SCOPE]: 2,
  [StatisticsDimension.POSTING_KIND]: 1,
};
const HUKOU_PROVINCE_BIT = 8;

/** The `grouping` value of the rows that break down by `dimensions` (CHILD_REGION and MONTH come from county and period). */
export function groupingOf(side: StatisticsSide, dimensions: readonly StatisticsDimension[]): number {
  const bits = Object.entries(ROLLED_UP_BIT).reduce((acc, [d, bit]) => (dimensions.includes(d as StatisticsDimension) ? acc : acc | bit), 0);
  const provinceRolledUp = side === StatisticsSide.WORKPLACE && !dimensions.includes(StatisticsDimension.HUKOU_PROVINCE);
  return provinceRolledUp ? bits | HUKOU_PROVINCE_BIT : bits;
}

/**
 * The periods to rebuild for each dirty county ($1 counties, $2 the first day that may have changed): every month,
 * calendar year and statistics cycle ending on or after it and ending by the horizon ($3).
 */
const PERIODS = `
  dirty AS (
    SELECT county_code::char(6) AS county_code, dirty_from FROM unnest($1::text[], $2::date[]) AS d(county_code, dirty_from)
  ),
  periods AS MATERIALIZED (
    SELECT d.county_code, m::date AS pf, (m + interval '1 month' - interval '1 day')::date AS pt
    FROM dirty d CROSS JOIN generate_series(date_trunc('month', d.dirty_from::timestamp), $3::date::timestamp, interval '1 month') m
    UNION ALL
    SELECT d.county_code, make_date(y, 1, 1), make_date(y, 12, 31)
    FROM dirty d CROSS JOIN generate_series(extract(year FROM d.dirty_from)::int, extract(year FROM $3::date)::int) y
    UNION ALL
    SELECT d.county_code, make_date(y - 1, 10, 1), make_date(y, 9, 30)
    FROM dirty d CROSS JOIN generate_series(extract(year FROM d.dirty_from)::int, extract(year FROM $3::date)::int) y
  )`;

/** Drops the side's rows of the periods about to be rebuilt. */
export function deleteRollupSql(side: StatisticsSide): string {
  return `
  WITH ${PERIODS}
  DELETE FROM statistics_rollup r USING periods p
  WHERE r.side = '${side}' AND r.county_code = p.county_code AND r.period_from = p.pf AND r.period_to = p.pt`;
}

const CATEGORY_AT_START = CATEGORY_JOIN('x');
const CLAIMED = claimedBetween('p.pf', 'p.pt');
const PAID = paidBetween('p.pf', 'p.pt');

/**
 * The cube's grouping sets over columns of `x` (prefix 'x.' or ''), and the `grouping` value of each: scope and kind
 * on both sides, and the hukou province on the workplace side.
 */
function cube(side: StatisticsSide, x: string): { sets: string; grouping: string } {
  const base = ['', 'scope', 'posting_kind', 'scope, posting_kind'].map((set) => set.replace(/\w+/g, (c) => `${x}${c}`));
  if (side === StatisticsSide.HUKOU) {
    return { sets: `GROUPING SETS (${base.map((set) => `(${set})`).join(', ')})`, grouping: `GROUPING(${x}scope, ${x}posting_kind)` };
  }
  const withProvince = base.map((set) => (set ? `${x}hukou_province, ${set}` : `${x}hukou_province`));
  return {
    sets: `GROUPING SETS (${[...base, ...withProvince].map((set) => `(${set})`).join(', ')})`,
    grouping: `(${HUKOU_PROVINCE_BIT} * GROUPING(${x}hukou_province) + GROUPING(${x}scope, ${x}posting_kind))`,
  };
}

/**
 * Recomputes those periods from the source tables. Employment is counted per worker first (a worker once per cell,
 * started placements summed, returned if any placement of theirs in the cell ended with RETURNED_HOME in the period);
 * cells without category never join the categories, so a worker holding two does not double their placements there.
 * Everything is keyed by a small period number (`pid`, one per county and period) rather than by county and dates:
 * the sorts and hashes over a county's (placement, period) pairs are most of the work.
 */
export function insertRollupSql(side: StatisticsSide): string {
  const county = PLACEMENT_REGION_COLUMN[side];
  // The hukou side has one province per county: rolled up always, kept null.
  const province = (column: string) => (side === StatisticsSide.WORKPLACE ? `${provinceOf(column)}::char(6)` : 'NULL::char(6)');
  // A claim of a county: by the hukou county it carries, or by its placement's workplace.
  const claimsOfCounty =
    side === StatisticsSide.HUKOU
      ? `JOIN subsidy_claims c ON c.hukou_region_code = p.county_code AND ((${CLAIMED}) OR (${PAID}))
    JOIN placements x ON x.id = c.placement_id`
      : `JOIN placements x ON x.${county} = p.county_code
    JOIN subsidy_claims c ON c.placement_id = x.id AND ((${CLAIMED}) OR (${PAID}))`;
  const plain = cube(side, '');
  const prefixed = cube(side, 'x.');
  // Not a grouped column on the hukou side: the cells carry null.
  const cellProvince = (x: string) => (side === StatisticsSide.WORKPLACE ? `${x}hukou_province` : 'NULL::char(6)');
  return `
  WITH ${PERIODS},
  numbered AS MATERIALIZED (
    SELECT row_number() OVER ()::int AS pid, county_code, pf, pt FROM periods
  ),
  placed AS MATERIALIZED (
    SELECT p.pid, x.worker_id, x.start_date, x.scope, x.posting_kind, ${province('x.hukou_region_code')} AS hukou_province,
           x.start_date >= p.pf AS started,
           coalesce(x.end_reason = 'RETURNED_HOME' AND x.end_date <= p.pt, false) AS returned
    FROM numbered p
    JOIN placements x ON x.${county} = p.county_code AND ${COUNTED_PLACEMENT('x')} AND x.start_date <= p.pt AND (x.end_date IS NULL OR x.end_date >= p.pf)
  ),
  by_worker AS (
    SELECT pid, worker_id, hukou_province, scope, posting_kind, count(*) FILTER (WHERE started) AS started, bool_or(returned) AS returned
    FROM placed GROUP BY 1, 2, 3, 4, 5
  ),
  by_worker_category AS (
    SELECT x.pid, x.worker_id, wc.category, x.hukou_province, x.scope, x.posting_kind, count(*) FILTER (WHERE x.started) AS started,
           bool_or(x.returned) AS returned
    FROM placed x ${CATEGORY_AT_START}
    GROUP BY 1, 2, 3, 4, 5, 6
  ),
  claimed AS MATERIALIZED (
    SELECT p.pid, x.worker_id, x.start_date, x.scope, x.posting_kind, ${province('c.hukou_region_code')} AS hukou_province,
           CASE WHEN ${CLAIMED} THEN c.amount ELSE 0 END AS claimed,
           CASE WHEN ${PAID} THEN c.amount ELSE 0 END AS paid
    FROM numbered p
    ${claimsOfCounty}
  ),
  cells AS (
    SELECT pid, 4 + ${plain.grouping} AS g, NULL::worker_category AS category, ${cellProvince('')} AS hukou_province, scope, posting_kind,
           count(DISTINCT worker_id) AS workers, sum(started) AS started, count(DISTINCT worker_id) FILTER (WHERE returned) AS returnees,
           0::bigint AS claimed, 0::bigint AS paid
    FROM by_worker GROUP BY pid, ${plain.sets}
    UNION ALL
    SELECT pid, ${plain.grouping}, category, ${cellProvince('')}, scope, posting_kind,
           count(DISTINCT worker_id), sum(started), count(DISTINCT worker_id) FILTER (WHERE returned), 0, 0
    FROM by_worker_category GROUP BY pid, category, ${plain.sets}
    UNION ALL
    SELECT pid, 4 + ${plain.grouping}, NULL, ${cellProvince('')}, scope, posting_kind, 0, 0, 0, sum(claimed), sum(paid)
    FROM claimed GROUP BY pid, ${plain.sets}
    UNION ALL
    SELECT x.pid, ${prefixed.grouping}, wc.category, ${cellProvince('x.')}, x.scope, x.posting_kind, 0, 0, 0, sum(x.claimed), sum(x.paid)
    FROM claimed x ${CATEGORY_AT_START}
    GROUP BY x.pid, wc.category, ${prefixed.sets}
  ),
  summed AS (
    SELECT pid, g, category, hukou_province, scope, posting_kind, sum(workers) AS workers, sum(started) AS started, sum(returnees) AS returnees,
           sum(claimed) AS claimed, sum(paid) AS paid
    FROM cells GROUP BY pid, g, category, hukou_province, scope, posting_kind
  )
  INSERT INTO statistics_rollup (side, county_code, period_from, period_to, grouping, category, scope, posting_kind, hukou_province,
                                 workers_employed, placements_started, returnees, subsidy_claimed, subsidy_paid)
  SELECT '${side}', n.county_code, n.pf, n.pt, s.g, s.category, s.scope, s.posting_kind, s.hukou_province,
         s.workers, s.started, s.returnees, s.claimed, s.paid
  FROM summed s JOIN numbered n ON n.pid = s.pid`;
}

/**
 * The side's rollup rows for a region: $1/$2 its county code range, $3/$4 the periods (pairs of first and last day),
 * $5 the counties to leave out (dirty ones, computed live instead), $6 the grouping. Same columns as the live
 * statements.
 */
export function rollupRowsSql(side: StatisticsSide, level: RegionLevel, dimensions: readonly StatisticsDimension[]): string {
  const keys = dimensions.map((d) => {
    switch (d) {
      case StatisticsDimension.CHILD_REGION:
        return `${childOf(level, 'r.county_code')} AS child`;
      case StatisticsDimension.HUKOU_PROVINCE:
        return 'r.hukou_province::text AS hukou_province';
      case StatisticsDimension.MONTH:
        return `to_char(r.period_from, 'YYYY-MM') AS month`;
      case StatisticsDimension.CATEGORY:
        return 'r.category::text AS category';
      case StatisticsDimension.SCOPE:
        return 'r.scope::text AS scope';
      case StatisticsDimension.POSTING_KIND:
        return 'r.posting_kind::text AS kind';
    }
  });
  const groupBy = keys.length > 0 ? `GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : '';
  return `
    SELECT ${[
      ...keys,
      'coalesce(sum(r.workers_employed), 0)::int AS "workersEmployed"',
      'coalesce(sum(r.placements_started), 0)::int AS "placementsStarted"',
      'coalesce(sum(r.returnees), 0)::int AS "returnees"',
      'coalesce(sum(r.subsidy_claimed), 0)::float8 AS "subsidyClaimed"',
      'coalesce(sum(r.subsidy_paid), 0)::float8 AS "subsidyPaid"',
      'NULL::int[] AS "employedByMonth"',
    ].join(', ')}
    FROM statistics_rollup r
    JOIN unnest($3::date[], $4::date[]) AS q(period_from, period_to) ON r.period_from = q.period_from AND r.period_to = q.period_to
    WHERE r.side = '${side}' AND r.grouping = $6 AND r.county_code >= $1 AND r.county_code < $2 AND r.county_code <> ALL ($5::bpchar[])
    ${groupBy}`;
}
