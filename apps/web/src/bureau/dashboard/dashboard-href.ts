import { periodParam, type DashboardPeriod } from './dashboard-period';

/** The address of one view (/bureau?region=522700&year=2026): back, forward, reload and a shared link all keep it. */
export function dashboardHref(regionCode: string, period: DashboardPeriod): string {
  const search = new URLSearchParams({ region: regionCode });
  search.set(...periodParam(period));
  return `/bureau?${search.toString()}`;
}
