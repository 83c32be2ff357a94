import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import type { WeeklyPreviewRowFragment } from '../../gql/graphql';

graphql(`
  fragment WeeklyPreviewRow on WeeklyReportRow {
    region {
      code
      name
    }
    employedAtWeekEnd
    newPlacements
    returnees
    target
    employedThisYear
    progress
    subsidyClaimed
    subsidyPaid
  }
`);

const weeklyReportDocument = graphql(`
  query WeeklyReportPreview($regionCode: String!, $week: String!) {
    weeklyReport(regionCode: $regionCode, week: $week) {
      week
      from
      to
      dataAsOf
      region {
        code
        fullName
      }
      rows {
        ...WeeklyPreviewRow
      }
      totals {
        ...WeeklyPreviewRow
      }
    }
  }
`);

/** The sheet's columns after 地区, in its order (docs/api.md, Weekly progress report). */
const COLUMNS = [
  '在岗务工人数（周末）',
  '本周新增就业',
  '本周返乡人数',
  '年度目标',
  '本年累计务工人数',
  '目标完成率',
  '本周申领补贴（元）',
  '本周发放补贴（元）',
];

const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('zh-CN'));
// As the sheet's 0.0% format shows it.
const percent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? '' : `${(ratio * 100).toFixed(1)}%`);

function cells(row: WeeklyPreviewRowFragment) {
  return [
    count(row.employedAtWeekEnd),
    count(row.newPlacements),
    count(row.returnees),
    count(row.target),
    count(row.employedThisYear),
    percent(row.progress),
    count(row.subsidyClaimed),
    count(row.subsidyPaid),
  ];
}

const dataAsOfFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });

/** 进度汇总 as the xlsx will hold it, from weeklyReport (the same service): one row per child region and 合计. */
export function WeeklyPreview({ regionCode, week }: { regionCode: string; week: string }) {
  const [{ data, fetching, error }] = useQuery({ query: weeklyReportDocument, variables: { regionCode, week } });
  const report = data?.weeklyReport;
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!report) return fetching ? <p className="loading">正在加载…</p> : null;
  const caption = `进度汇总：${report.region.fullName}，${report.from} 至 ${report.to}`;
  return (
    <section aria-labelledby="weekly-preview" className="report-section">
      <h2 id="weekly-preview">预览</h2>
      <p className="muted small">数据截至 {dataAsOfFormat.format(new Date(report.dataAsOf))}</p>
      <div className="table-scroll" role="region" aria-label="进度汇总" tabIndex={0}>
        <table className="report-summary">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">地区</th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.region.code}>
                <th scope="row">{row.region.name}</th>
                {cells(row).map((value, i) => (
                  <td key={COLUMNS[i]}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              {cells(report.totals).map((value, i) => (
                <td key={COLUMNS[i]}>{value}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
