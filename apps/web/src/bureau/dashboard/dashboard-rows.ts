import type { BureauDashboardQuery, PlacementScope, PostingKind, WorkerCategory } from '../../gql/graphql';
import type { BreakdownRow } from './BreakdownSection';
import type { ChildRegionRow } from './ChildRegionsTable';
import type { OriginRow } from './LocalWorkSection';
import { CATEGORY_LABELS, DASHBOARD_SCOPE_LABELS, NO_CATEGORY_LABEL, POSTING_KIND_LABELS } from './labels-dashboard';

type Data = BureauDashboardQuery;

/** Each child region with its target (employmentTargets lists the region first, then its children). */
export function childRows(data: Data): ChildRegionRow[] {
  const targets = new Map(data.employmentTargets.map((t) => [t.region.code, t.workers ?? null]));
  return data.byChild.rows.flatMap((row) =>
    row.childRegion
      ? [
          {
            code: row.childRegion.code,
            name: row.childRegion.name,
            target: targets.get(row.childRegion.code) ?? null,
            workersEmployed: row.workersEmployed,
            placementsStarted: row.placementsStarted,
            returnees: row.returnees,
          },
        ]
      : [],
  );
}

export function targetOf(data: Data, regionCode: string): number | null {
  return data.employmentTargets.find((t) => t.region.code === regionCode)?.workers ?? null;
}

/** Rows in a fixed order (the labels' order), so the same breakdown always reads the same way. */
function ordered<K extends string>(
  rows: Array<{ key: K | null | undefined; workersEmployed: number; placementsStarted: number }>,
  labels: Record<K, string>,
  nullLabel?: string,
): BreakdownRow[] {
  const order = Object.keys(labels) as K[];
  const rank = (key: K | null | undefined) => (key ? order.indexOf(key) : order.length);
  return [...rows]
    .filter((row) => row.key || nullLabel)
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((row) => ({ label: row.key ? labels[row.key] : (nullLabel ?? ''), workersEmployed: row.workersEmployed, placementsStarted: row.placementsStarted }));
}

export function categoryRows(data: Data): BreakdownRow[] {
  return ordered<WorkerCategory>(
    data.byCategory.rows.map((r) => ({ key: r.category, workersEmployed: r.workersEmployed, placementsStarted: r.placementsStarted })),
    CATEGORY_LABELS,
    NO_CATEGORY_LABEL,
  );
}

export function scopeRows(data: Data): BreakdownRow[] {
  return ordered<PlacementScope>(
    data.byScope.rows.map((r) => ({ key: r.scope, workersEmployed: r.workersEmployed, placementsStarted: r.placementsStarted })),
    DASHBOARD_SCOPE_LABELS,
  );
}

export function kindRows(data: Data): BreakdownRow[] {
  return ordered<PostingKind>(
    data.byKind.rows.map((r) => ({ key: r.postingKind, workersEmployed: r.workersEmployed, placementsStarted: r.placementsStarted })),
    POSTING_KIND_LABELS,
  );
}

export function trendRows(data: Data) {
  return [...data.trend.rows].filter((row): row is typeof row & { month: string } => Boolean(row.month)).sort((a, b) => a.month.localeCompare(b.month));
}

export function originRows(data: Data): OriginRow[] {
  return data.local.rows.flatMap((row) =>
    row.hukouProvince ? [{ province: row.hukouProvince.name, workersEmployed: row.workersEmployed, placementsStarted: row.placementsStarted }] : [],
  );
}
