import { chineseDate } from '../../common/labels-mine';
import type { AgentGroupDetailFragment } from '../../gql/graphql';
import { GENDER_LABELS } from '../labels-agent';

/**
 * 名单: the trip's roster to print and carry (names, phones, ID numbers as the API gives them). An agency is never
 * given an ID number, masked or not: a real-name ticket is bought with the worker's own card, so the column says so
 * instead of inventing one. Printing shows only this and the trip's facts (@media print in styles.css).
 */
export function RosterPrint({ group }: { group: AgentGroupDetailFragment }) {
  const anyId = group.roster.some((m) => m.worker?.maskedIdNumber);
  return (
    <section aria-labelledby="group-roster" className="agent-section agent-roster">
      <h2 id="group-roster">名单</h2>
      <p className="agent-print-only">
        {group.posting?.title ?? ''} · {chineseDate(group.departureDate)} · {group.departurePoint} · {group.transport}
      </p>
      {group.roster.length === 0 ? (
        <p className="hint">名单上还没有人。</p>
      ) : (
        <table aria-labelledby="group-roster">
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">姓名</th>
              <th scope="col">手机号</th>
              <th scope="col">身份证号</th>
            </tr>
          </thead>
          <tbody>
            {group.roster.map((member, i) => (
              <tr key={member.workerId}>
                <td>{i + 1}</td>
                <td>
                  {member.worker?.name ?? '—'}
                  {member.worker && <span className="muted">（{GENDER_LABELS[member.worker.gender]}）</span>}
                </td>
                <td>{member.worker?.phone ?? '—'}</td>
                <td>{member.worker?.maskedIdNumber ?? '不提供'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!anyId && group.roster.length > 0 && <p className="hint">身份证号不向劳务机构提供。购买实名车票、乘车时，请每位劳动者携带本人身份证原件。</p>}
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          打印名单
        </button>
      </p>
    </section>
  );
}
