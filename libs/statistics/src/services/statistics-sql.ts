import type { RegionLevel } from '@app/common';
import { StatisticsDimension, StatisticsSide } from '../statistics-types.js';

/**
 * The statistics as SQL over placements and subsidy_claims, counted by the region of one side: the worker's hukou
 * region copied onto each row (the sending side) or the placement's workplace (the receiving side). Every number is
 * written once below; the side only picks the column a placement's (and a claim's) region is read from. Parameters: $1/$2 the region's code range [low, high), $3/$4 the period's first and last day,
 * $5 null or the only counties to count (the rollup's dirty ones, see ../rollup).
 *
 * Shapes chosen for speed at a million placements:
 * - distinct workers are counted in two steps (group by worker, then count the groups): a hash aggregate, where
 *   COUNT(DISTINCT) would sort every group;
 * - one pass over the placements gives employed, started and returned per worker, instead of one fact row per metric;
 * - MONTH never multiplies placements by months: each worker's active months are OR-ed into bit masks (62 months a
 *   word, so a ten-year period needs two) and counted per bit.
 * A statement returns several row sets (placements, claims, ...) as one UNION ALL; the caller adds them up per key.
 */

/**
 * Where a side reads the region: of placement `x`, and of claim `c` (a claim carries the hukou county copied at the
 * time; its workplace is its placement's, so the WORKPLACE side always reads claims with their placement `x`).
 */
interface SideColumns {
  placement: string;
  claim: string;
  claimNeedsPlacement: boolean;
}

/** The placements column holding a side's region (the rollup is keyed by it too). */
export const PLACEMENT_REGION_COLUMN: Record<StatisticsSide, string> = {
  [StatisticsSide.HUKOU]: 'hukou_region_code',
  [StatisticsSide.WORKPLACE]: 'work_region_code',
};

const SIDE_COLUMNS: Record<StatisticsSide, SideColumns> = {
  [StatisticsSide.HUKOU]: { placement: `x.${PLACEMENT_REGION_COLUMN.HUKOU}`, claim: 'c.hukou_region_code', claimNeedsPlacement: false },
  [StatisticsSide.WORKPLACE]: {
    placement: `x.${PLACEMENT_REGION_COLUMN.WORKPLACE}`,
    claim: `x.${PLACEMENT_REGION_COLUMN.WORKPLACE}`,
    claimNeedsPlacement: true,
  },
};

/** Region column `column` lies in the region (and among the counties of $5 when given). */
const IN_REGION = (column: string) => `${column} >= $1 AND ${column} < $2 AND ($5::bpchar[] IS NULL OR ${column} = ANY ($5::bpchar[]))`;

/** A cancelled placement (a hire made in error) never happened: no statistic counts it. Shared with the rollup. */
export const COUNTED_PLACEMENT = (x: string) => `${x}.status <> 'CANCELLED'`;

/** Placement `x` of the side's region overlaps the period: started by its last day, not ended before its first, not cancelled. */
const OVERLAPS = (on: SideColumns) =>
  `${IN_REGION(on.placement)} AND ${COUNTED_PLACEMENT('x')} AND x.start_date <= $4::date AND (x.end_date IS NULL OR x.end_date >= $3::date)`;

/** Categories are periods: the ones held on the placement's start date. Shared with the rollup (same meaning). */
export const CATEGORY_JOIN = (x: string) =>
  `LEFT JOIN worker_categories wc ON wc.worker_id = ${x}.worker_id AND wc.effective_from <= ${x}.start_date AND (wc.effective_to IS NULL OR wc.effective_to > ${x}.start_date)`;

/**
 * Per worker among their placements `x` overlapping the period: how many started in it, and whether one ended with
 * the worker going home (返乡) in it. The rows and the totals both count from these.
 */
const PER_WORKER = `count(*) FILTER (WHERE x.start_date >= $3::date) AS started,
             bool_or(x.end_reason = 'RETURNED_HOME' AND x.end_date <= $4::date) AS returned`;

/** Claims are stamped in UTC; a Chinese bureau's day runs midnight to midnight Beijing time. */
const LOCAL = `'Asia/Shanghai'`;

/** Claim `c` was made (and not rejected) between two days, both included, given as SQL date expressions. */
export const claimedBetween = (first: string, last: string) =>
  `c.status <> 'REJECTED' AND c.created_at >= ${first}::timestamp AT TIME ZONE ${LOCAL} AND c.created_at < (${last} + 1)::timestamp AT TIME ZONE ${LOCAL}`;

/** Claim `c` was paid between two days, both included. */
export const paidBetween = (first: string, last: string) => `c.status = 'PAID' AND c.paid_on >= ${first} AND c.paid_on <= ${last}`;

const CLAIMED_IN_PERIOD = claimedBetween('$3::date', '$4::date');
const PAID_IN_PERIOD = paidBetween('$3::date', '$4::date');
const CLAIM_MONTH = `to_char(c.created_at AT TIME ZONE ${LOCAL}, 'YYYY-MM')`;

/** Months per bit-mask word: 2 << 61 still fits a signed bigint. */
export const MONTHS_PER_WORD = 62;

const COLUMN: Record<StatisticsDimension, string> = {
  [StatisticsDimension.CHILD_REGION]: 'child',
  [StatisticsDimension.HUKOU_PROVINCE]: 'hukou_province',
  [StatisticsDimension.CATEGORY]: 'category',
  [StatisticsDimension.SCOPE]: 'scope',
  [StatisticsDimension.POSTING_KIND]: 'kind',
  [StatisticsDimension.MONTH]: 'month',
};

export function dimensionColumn(dimension: StatisticsDimension): string {
  return COLUMN[dimension];
}

const METRICS = ['"workersEmployed"', '"placementsStarted"', '"returnees"', '"subsidyClaimed"', '"subsidyPaid"'];

/** The child a hukou county falls in: its city under a province, itself under a city or a county. */
export function childOf(level: RegionLevel, column: string): string {
  return level === 'PROVINCE' ? `(left(${column}, 4) || '00')` : `${column}::text`;
}

/** The province of a region code column. */
export function provinceOf(column: string): string {
  return `(left(${column}, 2) || '0000')`;
}

/**
 * `dims` without MONTH, as select expressions over placement `x` (and `wc`), the side's region taken from `region`
 * and the worker's hukou county from `hukou`.
 */
function keyExpressions(level: RegionLevel, dims: readonly StatisticsDimension[], region: string, hukou: string): string[] {
  return dims.map((d) => {
    switch (d) {
      case StatisticsDimension.CHILD_REGION:
        return `${childOf(level, region)} AS child`;
      case StatisticsDimension.HUKOU_PROVINCE:
        return `${provinceOf(hukou)} AS hukou_province`;
      case StatisticsDimension.CATEGORY:
        return 'wc.category::text AS category';
      case StatisticsDimension.SCOPE:
        return 'x.scope::text AS scope';
      case StatisticsDimension.POSTING_KIND:
        return 'x.posting_kind::text AS kind';
      case StatisticsDimension.MONTH:
        throw new Error('MONTH is not a placement key');
    }
  });
}

/** `GROUP BY 1, 2, ...`: by position, because a key's alias (kind, scope) may also name an input column. */
function groupByFirst(count: number): string {
  return count > 0 ? `GROUP BY ${Array.from({ length: count }, (_, i) => i + 1).join(', ')}` : '';
}

/** The claims, read with their placement `x` when the side or the breakdown needs it. */
function claimsFrom(on: SideColumns, needsPlacement: boolean, categoryJoin: string): string {
  if (on.claimNeedsPlacement) return `FROM subsidy_claims c JOIN placements x ON x.id = c.placement_id ${categoryJoin}`;
  // The claim's placement by primary key, claim by claim (OFFSET 0 keeps the planner from turning a few thousand
  // look-ups into a hash join over every placement).
  const claimPlacement = `CROSS JOIN LATERAL (SELECT p.worker_id, p.start_date, p.scope, p.posting_kind FROM placements p WHERE p.id = c.placement_id OFFSET 0) x`;
  return `FROM subsidy_claims c ${needsPlacement ? claimPlacement : ''} ${categoryJoin}`;
}

/**
 * Rows grouped by `dimensions` (at least one). Result columns: the dimension columns (`month` included when grouped by
 * it), the five metrics and `employedByMonth`. Several rows may share a key: the caller adds them up. With MONTH, the
 * employment branch has month null and carries the per-month counts in `employedByMonth` (index 0 = the period's first
 * month), and $6 must be the period's first month as year * 12 + month - 1.
 */
export function rowsSql(side: StatisticsSide, level: RegionLevel, dimensions: readonly StatisticsDimension[], months: number): string {
  const on = SIDE_COLUMNS[side];
  const byMonth = dimensions.includes(StatisticsDimension.MONTH);
  const byCategory = dimensions.includes(StatisticsDimension.CATEGORY);
  const needsPlacement = byCategory || dimensions.some((d) => d === StatisticsDimension.SCOPE || d === StatisticsDimension.POSTING_KIND);
  const dims = dimensions.filter((d) => d !== StatisticsDimension.MONTH);
  const placementKeys = keyExpressions(level, dims, on.placement, 'x.hukou_region_code');
  const claimKeys = keyExpressions(level, dims, on.claim, 'c.hukou_region_code');
  const names = dims.map(dimensionColumn);
  const k = names.length;
  const categoryJoin = byCategory ? CATEGORY_JOIN('x') : '';
  const claims = claimsFrom(on, needsPlacement, categoryJoin);
  const claimInRegion = IN_REGION(on.claim);
  const metrics = (values: Partial<Record<string, string>>) =>
    METRICS.map((m) => `${values[m] ?? '0'}::${m === '"subsidyClaimed"' || m === '"subsidyPaid"' ? 'float8' : 'int'} AS ${m}`);
  const select = (columns: string[]) => columns.join(', ');

  if (!byMonth) {
    const perWorker = `
      SELECT ${select([...placementKeys, 'x.worker_id'])},
             ${PER_WORKER}
      FROM placements x ${categoryJoin}
      WHERE ${OVERLAPS(on)}
      ${groupByFirst(k + 1)}`;
    const employment = `
      SELECT ${select([...names, ...metrics({ '"workersEmployed"': 'count(*)', '"placementsStarted"': 'sum(started)', '"returnees"': 'count(*) FILTER (WHERE returned)' }), 'NULL::int[] AS "employedByMonth"'])}
      FROM (${perWorker}) w
      ${groupByFirst(k)}`;
    const claimed = `
      SELECT ${select([
        ...claimKeys,
        ...metrics({
          '"subsidyClaimed"': `coalesce(sum(c.amount) FILTER (WHERE ${CLAIMED_IN_PERIOD}), 0)`,
          '"subsidyPaid"': `coalesce(sum(c.amount) FILTER (WHERE ${PAID_IN_PERIOD}), 0)`,
        }),
        'NULL::int[]',
      ])}
      ${claims}
      WHERE ${claimInRegion} AND ((${CLAIMED_IN_PERIOD}) OR (${PAID_IN_PERIOD}))
      ${groupByFirst(k)}`;
    return `${employment}\nUNION ALL\n${claimed}`;
  }

  // Month index of a date: 0 for the period's first month.
  const index = (date: string) => `(date_part('year', ${date})::int * 12 + date_part('month', ${date})::int - 1 - $6::int)`;
  const first = `greatest(${index('x.start_date')}, 0)`;
  const last = `least(${index('least(coalesce(x.end_date, $4::date), $4::date)')}, ${months - 1})`;
  const words = Math.ceil(months / MONTHS_PER_WORD);
  const wordColumns = Array.from({ length: words }, (_, w) => {
    const lo = `greatest(${first} - ${w * MONTHS_PER_WORD}, 0)`;
    const hi = `least(${last} - ${w * MONTHS_PER_WORD}, ${MONTHS_PER_WORD - 1})`;
    return `bit_or(CASE WHEN ${lo} <= ${hi} THEN (2::bigint << ${hi}) - (1::bigint << ${lo}) ELSE 0 END) AS w${w}`;
  });
  const perMonth = Array.from({ length: months }, (_, i) => `sum((w${Math.floor(i / MONTHS_PER_WORD)} >> ${i % MONTHS_PER_WORD}) & 1)::int`);
  const employment = `
    SELECT ${select([...names, 'NULL::text AS month', ...metrics({}), `ARRAY[${perMonth.join(', ')}] AS "employedByMonth"`])}
    FROM (
      SELECT ${select([...placementKeys, 'x.worker_id', ...wordColumns])}
      FROM placements x ${categoryJoin}
      WHERE ${OVERLAPS(on)}
      ${groupByFirst(k + 1)}
    ) w
    ${groupByFirst(k)}`;
  const started = `
    SELECT ${select([...placementKeys, `to_char(x.start_date, 'YYYY-MM')`, ...metrics({ '"placementsStarted"': 'count(*)' }), 'NULL::int[]'])}
    FROM placements x ${categoryJoin}
    WHERE ${IN_REGION(on.placement)} AND ${COUNTED_PLACEMENT('x')} AND x.start_date >= $3::date AND x.start_date <= $4::date
    ${groupByFirst(k + 1)}`;
  const returned = `
    SELECT ${select([...placementKeys, `to_char(x.end_date, 'YYYY-MM')`, ...metrics({ '"returnees"': 'count(DISTINCT x.worker_id)' }), 'NULL::int[]'])}
    FROM placements x ${categoryJoin}
    WHERE ${OVERLAPS(on)} AND x.end_reason = 'RETURNED_HOME' AND x.end_date <= $4::date
    ${groupByFirst(k + 1)}`;
  const claimed = `
    SELECT ${select([...claimKeys, CLAIM_MONTH, ...metrics({ '"subsidyClaimed"': 'sum(c.amount)' }), 'NULL::int[]'])}
    ${claims}
    WHERE ${claimInRegion} AND ${CLAIMED_IN_PERIOD}
    ${groupByFirst(k + 1)}`;
  const paid = `
    SELECT ${select([...claimKeys, `to_char(c.paid_on, 'YYYY-MM')`, ...metrics({ '"subsidyPaid"': 'sum(c.amount)' }), 'NULL::int[]'])}
    ${claims}
    WHERE ${claimInRegion} AND ${PAID_IN_PERIOD}
    ${groupByFirst(k + 1)}`;
  return [employment, started, returned, claimed, paid].join('\nUNION ALL\n');
}

/** The totals, computed directly: one worker counts once however many placements, categories or months. */
export function totalsSql(side: StatisticsSide): string {
  const on = SIDE_COLUMNS[side];
  return `
  SELECT e."workersEmployed", e."placementsStarted", e."returnees", s."subsidyClaimed", s."subsidyPaid"
  FROM (
    SELECT count(*)::int AS "workersEmployed", coalesce(sum(started), 0)::int AS "placementsStarted", count(*) FILTER (WHERE returned)::int AS "returnees"
    FROM (
      SELECT x.worker_id,
             ${PER_WORKER}
      FROM placements x
      WHERE ${OVERLAPS(on)}
      GROUP BY x.worker_id
    ) w
  ) e CROSS JOIN (
    SELECT coalesce(sum(c.amount) FILTER (WHERE ${CLAIMED_IN_PERIOD}), 0)::float8 AS "subsidyClaimed",
           coalesce(sum(c.amount) FILTER (WHERE ${PAID_IN_PERIOD}), 0)::float8 AS "subsidyPaid"
    ${claimsFrom(on, false, '')}
    WHERE ${IN_REGION(on.claim)} AND ((${CLAIMED_IN_PERIOD}) OR (${PAID_IN_PERIOD}))
  ) s`;
}

/** The region's subsidies of the period by kind ($1..$5 as above), counted exactly as subsidyClaimed / subsidyPaid. */
export function subsidiesByKindSql(side: StatisticsSide): string {
  const on = SIDE_COLUMNS[side];
  return `
    SELECT c.kind::text AS kind,
           coalesce(sum(c.amount) FILTER (WHERE ${CLAIMED_IN_PERIOD}), 0)::float8 AS "subsidyClaimed",
           coalesce(sum(c.amount) FILTER (WHERE ${PAID_IN_PERIOD}), 0)::float8 AS "subsidyPaid"
    ${claimsFrom(on, false, '')}
    WHERE ${IN_REGION(on.claim)} AND ((${CLAIMED_IN_PERIOD}) OR (${PAID_IN_PERIOD}))
    GROUP BY 1`;
}
