import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { shownError } from '../app/errors';
import { monthLabel } from '../common/china-date';
import { ErrorAlert } from '../common/ErrorAlert';
import { graphql } from '../gql';
import type { MissingConfirmationsQuery } from '../gql/graphql';

const confirmDocument = graphql(`
  mutation ConfirmMonth($input: ConfirmEmploymentsInput!) {
    confirmEmployments(input: $input) {
      succeeded
      failed
      items {
        placementId
        error {
          message
        }
        confirmation {
          id
          month
        }
      }
    }
  }
`);

type Row = MissingConfirmationsQuery['placements']['edges'][number]['node'];

interface Entry {
  employed: boolean;
  wage: string;
  insured: boolean;
}

/** The employer's own record of the month before pre-fills a row; anything else starts from 在岗 and an empty wage. */
function entryOf(row: Row): Entry {
  const own = row.previous && row.previous.attestedBy === 'EMPLOYER' ? row.previous : null;
  return { employed: true, wage: own?.monthlyWage != null ? String(own.monthlyWage) : '', insured: own?.socialInsurancePaid ?? false };
}

export function ConfirmationTable({ month, rows }: { month: string; rows: Row[] }) {
  const [entries, setEntries] = useState<Record<string, Entry>>(() => Object.fromEntries(rows.map((row) => [row.id, entryOf(row)])));
  const [{ data, error, fetching }, confirm] = useMutation(confirmDocument);
  const refused = new Map((data?.confirmEmployments.items ?? []).filter((i) => i.error).map((i) => [i.placementId, i.error?.message ?? '']));
  const edit = (id: string, change: Partial<Entry>) => setEntries((all) => ({ ...all, [id]: { ...all[id], ...change } }));

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const items = rows.map((row) => {
      const entry = entries[row.id];
      const wage = Number(entry.wage);
      return {
        placementId: row.id,
        employed: entry.employed,
        monthlyWage: entry.employed && entry.wage.trim() !== '' && Number.isFinite(wage) ? Math.round(wage) : null,
        socialInsurancePaid: entry.employed && entry.insured,
      };
    });
    void confirm({ input: { month, items } });
  };

  return (
    <form onSubmit={submit} className="stack">
      <div className="table-scroll">
        <table className="confirm-table">
          <caption className="visually-hidden">{monthLabel(month)}月度确认</caption>
          <thead>
            <tr>
              <th scope="col">人员</th>
              <th scope="col">在岗</th>
              <th scope="col">月工资（元）</th>
              <th scope="col">已缴社保</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const entry = entries[row.id];
              const own = row.previous?.attestedBy === 'EMPLOYER';
              return (
                <tr key={row.id}>
                  <th scope="row">
                    {row.worker?.name ?? '（无权查看）'}
                    <span className="muted small"> {row.posting?.title}</span>
                    {own && <span className="muted small"> · 已按上月填写</span>}
                    {refused.has(row.id) && <span className="field-error small"> {refused.get(row.id)}</span>}
                  </th>
                  <td>
                    <input type="checkbox" aria-label="在岗" checked={entry.employed} onChange={(e) => edit(row.id, { employed: e.target.checked })} />
                  </td>
                  <td>
                    <input
                      type="text"
                      inputMode="numeric"
                      aria-label="月工资"
                      className="wage-input"
                      value={entry.wage}
                      disabled={!entry.employed}
                      onChange={(e) => edit(row.id, { wage: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label="已缴社保"
                      checked={entry.employed && entry.insured}
                      disabled={!entry.employed}
                      onChange={(e) => edit(row.id, { insured: e.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ErrorAlert error={shownError(error)} />
      {data && (
        <p role="status" className={data.confirmEmployments.failed ? 'field-error' : 'ok'}>
          已确认 {data.confirmEmployments.succeeded} 人{data.confirmEmployments.failed > 0 && `，${data.confirmEmployments.failed} 人未通过（原因见上表）`}。
        </p>
      )}
      <button type="submit" disabled={fetching}>
        提交确认
      </button>
    </form>
  );
}
