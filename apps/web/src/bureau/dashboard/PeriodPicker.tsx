import { navigate } from '../../app/router';
import { dashboardHref } from './dashboard-href';
import { currentMonth, currentYear, FIRST_YEAR, PERIOD_KIND_LABELS, type DashboardPeriod } from './dashboard-period';

const KINDS = Object.keys(PERIOD_KIND_LABELS) as Array<DashboardPeriod['kind']>;

function years(last: number): number[] {
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** Switching kind keeps the year: 2026年 → 2026统计年度 → 2026年12月 (or this month, if the year is now). */
function switchKind(period: DashboardPeriod, kind: DashboardPeriod['kind']): DashboardPeriod {
  const year = period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year;
  if (kind === 'month') {
    const now = currentMonth();
    return { kind, month: `${year}-12` > now ? now : `${year}-12` };
  }
  return { kind, year };
}

/** 统计口径 and the period itself; every change is a new address, so back returns to the period before. */
export function PeriodPicker({ regionCode, period }: { regionCode: string; period: DashboardPeriod }) {
  const go = (next: DashboardPeriod) => navigate(dashboardHref(regionCode, next));
  const thisYear = currentYear();
  return (
    <form className="dashboard-period" aria-label="统计期间" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="dashboard-period-kind">统计口径</label>
        <select id="dashboard-period-kind" value={period.kind} onChange={(e) => go(switchKind(period, e.target.value as DashboardPeriod['kind']))}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {PERIOD_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {period.kind === 'year' && (
        <div className="field">
          <label htmlFor="dashboard-year">年份</label>
          <select id="dashboard-year" value={period.year} onChange={(e) => go({ kind: 'year', year: Number(e.target.value) })}>
            {years(thisYear).map((year) => (
              <option key={year} value={year}>
                {year}年
              </option>
            ))}
          </select>
        </div>
      )}
      {period.kind === 'cycle' && (
        <div className="field">
          <label htmlFor="dashboard-cycle">统计年度</label>
          <select id="dashboard-cycle" value={period.year} onChange={(e) => go({ kind: 'cycle', year: Number(e.target.value) })}>
            {/* The cycle that began on 1 October of this year is named by next year. */}
            {years(thisYear + 1).map((year) => (
              <option key={year} value={year}>
                {year}统计年度（{year - 1}年10月—{year}年9月）
              </option>
            ))}
          </select>
        </div>
      )}
      {period.kind === 'month' && (
        <div className="field">
          <label htmlFor="dashboard-month">月份</label>
          <input
            id="dashboard-month"
            type="month"
            min={`${FIRST_YEAR}-01`}
            max={currentMonth()}
            value={period.month}
            onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && go({ kind: 'month', month: e.target.value })}
          />
        </div>
      )}
    </form>
  );
}
