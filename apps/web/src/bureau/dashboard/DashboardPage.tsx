import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { useLocation } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { BreakdownSection } from './BreakdownSection';
import { ChildRegionsTable } from './ChildRegionsTable';
import { dashboardDocument } from './dashboard-document';
import { periodFromSearch, periodLabel, statisticsPeriod, targetYear, trendPeriod } from './dashboard-period';
import { categoryRows, childRows, kindRows, originRows, scopeRows, targetOf, trendRows } from './dashboard-rows';
import { chinaMoment } from './china-moment';
import { LocalWorkSection } from './LocalWorkSection';
import { PeriodPicker } from './PeriodPicker';
import { isWithin, levelOf, pathCodes } from './region-path';
import { RegionBreadcrumb } from './RegionBreadcrumb';
import { SubsidySection } from './SubsidySection';
import { TargetProgress } from './TargetProgress';
import { TotalsSection } from './TotalsSection';
import { TrendSection } from './TrendSection';

/**
 * 进度概况, the bureau's home page: the viewed region (the jurisdiction or any region inside it, in the address) for a
 * period, with its target progress, its child regions, the trend and the breakdowns, all from one query.
 */
export function DashboardPage({ regionCode: jurisdiction }: { regionCode: string }) {
  const { searchParams } = useLocation();
  const asked = searchParams.get('region');
  const outside = asked !== null && !isWithin(asked, jurisdiction);
  const regionCode = asked && !outside ? asked : jurisdiction;
  const search = searchParams.toString();
  const period = useMemo(() => periodFromSearch(new URLSearchParams(search)), [search]);
  const variables = useMemo(() => {
    const path = pathCodes(regionCode, jurisdiction);
    const input = { regionCode, ...statisticsPeriod(period) };
    return {
      regionCode,
      parentCode: path.length >= 2 ? path[path.length - 2] : regionCode,
      withParent: path.length >= 2,
      grandparentCode: path.length >= 3 ? path[0] : regionCode,
      withGrandparent: path.length >= 3,
      targetYear: targetYear(period),
      byChild: { ...input, groupBy: ['CHILD_REGION' as const] },
      trend: { regionCode, ...trendPeriod(period), groupBy: ['MONTH' as const] },
      byCategory: { ...input, groupBy: ['CATEGORY' as const] },
      byScope: { ...input, groupBy: ['SCOPE' as const] },
      byKind: { ...input, groupBy: ['POSTING_KIND' as const] },
      local: { ...input, side: 'WORKPLACE' as const, groupBy: ['HUKOU_PROVINCE' as const] },
    };
  }, [regionCode, jurisdiction, period]);
  const [{ data: answer, error, fetching }] = useQuery({ query: dashboardDocument, variables });
  // An answer for the region viewed before is never shown under the new region's name.
  const data = answer?.region?.code === regionCode ? answer : undefined;
  const label = periodLabel(period);

  return (
    <main className="dashboard">
      <h1>进度概况</h1>
      {outside && <p className="hint">地址中的地区不在本部门管辖范围内，已显示本部门管辖地区。</p>}
      <PeriodPicker regionCode={regionCode} period={period} />
      {error && <ErrorAlert error={shownError(error)} />}
      {!data && !error && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {data?.region && (
        <>
          <RegionBreadcrumb
            period={period}
            path={[data.grandparent, data.parent, data.region].filter((r): r is { code: string; name: string } => Boolean(r))}
          />
          <p className="muted">
            {data.region.fullName} · {label}（{data.byChild.from} 至 {data.byChild.to}） · 按户籍地统计
          </p>
          <p className="dashboard-as-of">数据截至 {chinaMoment(data.byChild.dataAsOf)}</p>
          <TargetProgress
            achieved={data.byChild.totals.workersEmployed}
            target={targetOf(data, regionCode)}
            targetYear={targetYear(period)}
            periodLabel={label}
          />
          <TotalsSection totals={data.byChild.totals} fileName={`本期合计-${data.region.name}-${label}`} />
          {levelOf(regionCode) !== 'COUNTY' && <ChildRegionsTable rows={childRows(data)} period={period} name={`各地完成情况-${data.region.name}-${label}`} />}
          <TrendSection
            rows={trendRows(data)}
            target={targetOf(data, regionCode)}
            targetYear={targetYear(period)}
            fileName={`近12个月趋势-${data.region.name}-${label}`}
          />
          <div className="dashboard-columns">
            <BreakdownSection
              id="dashboard-category"
              title="按人员类别"
              heading="人员类别"
              rows={categoryRows(data)}
              fileName={`按人员类别-${data.region.name}-${label}`}
              note="按入职当天所属类别统计；同属两类的人在两类中各计一次。"
            />
            <BreakdownSection
              id="dashboard-scope"
              title="按就业地域"
              heading="就业地域"
              rows={scopeRows(data)}
              fileName={`按就业地域-${data.region.name}-${label}`}
            />
            <BreakdownSection
              id="dashboard-posting-kind"
              title="按岗位类型"
              heading="岗位类型"
              rows={kindRows(data)}
              fileName={`按岗位类型-${data.region.name}-${label}`}
            />
            <SubsidySection
              byKind={data.byChild.subsidiesByKind}
              claimed={data.byChild.totals.subsidyClaimed}
              paid={data.byChild.totals.subsidyPaid}
              fileName={`补贴申请与发放-${data.region.name}-${label}`}
            />
            <LocalWorkSection totals={data.local.totals} rows={originRows(data)} fileName={`在本地务工-${data.region.name}-${label}`} />
          </div>
        </>
      )}
    </main>
  );
}
