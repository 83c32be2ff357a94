import { useState } from 'react';
import { useMutation } from 'urql';
import { shownError } from '../../app/errors';
import { chinaToday } from '../../common/china-date';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDate } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { AgentGroupDetailFragment } from '../../gql/graphql';
import { InputField as Field } from '../../common/FormField';
import { GENDER_LABELS } from '../labels-agent';

const removeDocument = graphql(`
  mutation AgentRemoveFromGroup($input: RemoveFromPlacementGroupInput!) {
    removeFromPlacementGroup(input: $input) {
      ...AgentGroupDetail
    }
  }
`);

const arrivalDocument = graphql(`
  mutation AgentConfirmArrival($input: ConfirmArrivalInput!) {
    confirmArrival(input: $input) {
      ...AgentGroupDetail
    }
  }
`);

type Member = AgentGroupDetailFragment['roster'][number];

/**
 * 成员: who is on the roster and where each stands. Before departure a worker can be taken off (移出); on the way each
 * arrival is confirmed on its own (确认到达), which creates that worker's organised placement, and one who did not
 * travel on is taken off instead.
 */
export function GroupMembers({ group }: { group: AgentGroupDetailFragment }) {
  const [removal, remove] = useMutation(removeDocument);
  const [arrival, arrive] = useMutation(arrivalDocument);
  const [arrivedOn, setArrivedOn] = useState(chinaToday);
  const [failed, setFailed] = useState<'remove' | 'arrive' | null>(null);
  const canRemove = (m: Member) => group.status === 'FORMING' || group.status === 'APPROVED' || (group.status === 'DEPARTED' && m.travelling);
  const busy = removal.fetching || arrival.fetching;

  const onRemove = (workerId: string) => {
    setFailed(null);
    void remove({ input: { groupId: group.id, workerIds: [workerId] } }).then((r) => r.error && setFailed('remove'));
  };
  const onArrive = (workerId: string) => {
    setFailed(null);
    void arrive({ input: { groupId: group.id, workerIds: [workerId], arrivedOn } }).then((r) => r.error && setFailed('arrive'));
  };
  const arrivalShown = failed === 'arrive' ? shownError(arrival.error) : null;
  const dateProblem = arrivalShown?.problems.find((p) => p.field === 'arrivedOn')?.message;

  return (
    <section aria-labelledby="group-members" className="agent-section no-print">
      <h2 id="group-members">成员（{group.roster.length} 人）</h2>
      {group.roster.length === 0 && <p className="hint">名单上还没有人。</p>}
      {group.status === 'DEPARTED' && (
        <Field
          id="arrived-on"
          label="到达日期"
          type="date"
          max={chinaToday()}
          value={arrivedOn}
          onChange={(e) => setArrivedOn(e.target.value)}
          problem={dateProblem}
        />
      )}
      {group.roster.length > 0 && (
        <ul className="results" aria-label="出行组成员">
          {group.roster.map((member) => {
            const titleId = `member-${member.workerId}`;
            return (
              <li key={member.workerId} className="card agent-item">
                <span className="title" id={titleId}>
                  {member.worker?.name ?? '（本机构已无权查看：授权已撤回或委托已撤销，请移出名单）'}
                </span>
                {member.worker && (
                  <div className="muted">
                    {GENDER_LABELS[member.worker.gender]} · {member.worker.age}岁
                    {member.worker.phone && (
                      <>
                        {' · '}
                        <a href={`tel:${member.worker.phone}`}>{member.worker.phone}</a>
                      </>
                    )}
                  </div>
                )}
                <div>{memberState(group, member)}</div>
                <div className="agent-buttons">
                  {group.status === 'DEPARTED' && member.travelling && (
                    <button type="button" onClick={() => onArrive(member.workerId)} disabled={busy} aria-describedby={titleId}>
                      确认到达
                    </button>
                  )}
                  {canRemove(member) && (
                    <button type="button" className="secondary" onClick={() => onRemove(member.workerId)} disabled={busy} aria-describedby={titleId}>
                      {group.status === 'DEPARTED' ? '未随团，移出' : '移出'}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorAlert error={failed === 'remove' ? shownError(removal.error) : null} />
      <ErrorAlert error={arrivalShown && !dateProblem ? arrivalShown : null} />
    </section>
  );
}

function memberState(group: AgentGroupDetailFragment, member: Member): string {
  if (member.arrivedOn) return `${chineseDate(member.arrivedOn)}到达，已建立就业记录`;
  if (member.travelling) return '在途';
  if (group.status === 'CANCELLED') return '出行组已取消';
  return '待出发';
}
