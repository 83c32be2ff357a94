import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../app/errors';
import { chinaToday, monthLabel, previousMonth } from '../common/china-date';
import { ErrorAlert } from '../common/ErrorAlert';
import { graphql } from '../gql';
import { ConfirmationTable } from './ConfirmationTable';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';

const missingDocument = graphql(`
  query MissingConfirmations($month: String!, $previous: String!) {
    placements(filter: { missingConfirmationFor: $month }, first: 100) {
      totalCount
      edges {
        node {
          id
          startDate
          posting {
            title
          }
          worker {
            name
          }
          previous: confirmationFor(month: $previous) {
            employed
            monthlyWage
            socialInsurancePaid
            attestedBy
          }
        }
      }
    }
  }
`);

/**
 * 月度确认 (docs/ui-names.md): everyone still to confirm for a month (last month by default), all ticked 在岗 at first, 月工资
 * and 已缴社保 pre-filled from the employer's own record of the month before, submitted in one go.
 */
export function MonthlyConfirmationPage() {
  const [month, setMonth] = useState(previousMonth(chinaToday()));
  const previous = previousMonth(`${month}-01`);
  const context = useMemo(() => ({ additionalTypenames: ['EmploymentConfirmation'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: missingDocument, variables: { month, previous }, context });
  const rows = data?.placements.edges.map((edge) => edge.node) ?? [];
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <h1>月度确认</h1>
        <p className="hint">每月确认上个月谁仍在岗：这是补贴发放的依据，请如实填写。</p>
        <div className="field">
          <label htmlFor="confirm-month">确认月份</label>
          <input id="confirm-month" type="month" value={month} max={previousMonth(chinaToday())} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </div>
        {error && <ErrorAlert error={shownError(error)} />}
        {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
        {data && rows.length === 0 && <p className="ok">{monthLabel(month)}已全部确认。</p>}
        {data && rows.length > 0 && (
          <>
            <p>
              {monthLabel(month)}还有 {data.placements.totalCount} 人待确认{data.placements.totalCount > rows.length && `，本页先列出 ${rows.length} 人`}。
            </p>
            <ConfirmationTable key={month} month={month} rows={rows} />
          </>
        )}
      </main>
    </EmployerOnly>
  );
}
