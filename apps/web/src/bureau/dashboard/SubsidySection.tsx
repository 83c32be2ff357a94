import type { SubsidyKind } from '../../gql/graphql';
import { SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import { BarChart } from './BarChart';
import { ChartSection } from './ChartSection';
import type { ChartTable } from './csv';
import { yuan } from './labels-dashboard';

export interface SubsidyKindRow {
  kind: SubsidyKind;
  subsidyClaimed: number;
  subsidyPaid: number;
}

const KINDS = Object.keys(SUBSIDY_KIND_LABELS) as SubsidyKind[];

/** 补贴申请与发放 of the period by kind (yuan): claims not rejected created in it, and what was paid in it; then the totals. */
export function SubsidySection({ byKind, claimed, paid, fileName }: { byKind: SubsidyKindRow[]; claimed: number; paid: number; fileName: string }) {
  const rows = [...byKind].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const table: ChartTable = {
    name: fileName,
    columns: ['补贴类别', '申请金额（元）', '发放金额（元）'],
    rows: [...rows.map((row) => [SUBSIDY_KIND_LABELS[row.kind], yuan(row.subsidyClaimed), yuan(row.subsidyPaid)]), ['合计', yuan(claimed), yuan(paid)]],
  };
  return (
    <ChartSection
      id="dashboard-subsidies"
      title="补贴申请与发放"
      table={table}
      note={<p className="hint">申请：本期提交且未被驳回的补贴申请金额；发放：本期已发放的金额。</p>}
      chart={
        <BarChart
          bars={rows.map((row) => ({ label: SUBSIDY_KIND_LABELS[row.kind].replace(/一次性/g, ''), values: [row.subsidyClaimed, row.subsidyPaid] }))}
          series={[
            { label: '申请', className: 'dashboard-bar' },
            { label: '发放', className: 'dashboard-bar-paid' },
          ]}
          format={yuan}
          summary={`补贴申请合计 ${yuan(claimed)} 元，发放合计 ${yuan(paid)} 元`}
        />
      }
    />
  );
}
