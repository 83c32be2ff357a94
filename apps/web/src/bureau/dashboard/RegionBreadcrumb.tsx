import { Link } from '../../app/router';
import { dashboardHref } from './dashboard-href';
import type { DashboardPeriod } from './dashboard-period';

/** 地区路径: from the bureau's own jurisdiction down to the viewed region; never above the jurisdiction. */
export function RegionBreadcrumb({ path, period }: { path: Array<{ code: string; name: string }>; period: DashboardPeriod }) {
  return (
    <nav aria-label="地区路径" className="dashboard-breadcrumb">
      <ol>
        {path.map((region, i) =>
          i === path.length - 1 ? (
            <li key={region.code} aria-current="page">
              {region.name}
            </li>
          ) : (
            <li key={region.code}>
              <Link href={dashboardHref(region.code, period)}>{region.name}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
