import { useState } from 'react';
import { chineseDate, chineseMonth, PLACEMENT_STATUS_LABELS } from '../../common/labels-mine';
import type { AgentPlacementsQuery } from '../../gql/graphql';
import { FOLLOW_UP_CHANNEL_LABELS } from '../labels-agent';
import { FollowUpForm } from './FollowUpForm';
import { TrackingSubsidy } from './TrackingSubsidy';

type Placement = AgentPlacementsQuery['placements']['edges'][number]['node'];

/** One organised placement: who, where, since when, the employer's monthly confirmations and the agency's follow-ups. */
export function PlacementCard({ placement }: { placement: Placement }) {
  const titleId = `placement-${placement.id}`;
  const confirmations = [...placement.confirmations].sort((a, b) => b.month.localeCompare(a.month));
  return (
    <li className="card agent-item">
      <span className="title" id={titleId}>
        {placement.worker?.name ?? hiddenWorker(placement.status)} · {placement.posting?.title ?? '岗位已下线'}
      </span>
      {placement.employer && <div className="muted">{placement.employer.name}</div>}
      <div>
        <span className={placement.status === 'ACTIVE' ? 'ok' : undefined}>{PLACEMENT_STATUS_LABELS[placement.status]}</span> ·{' '}
        {chineseDate(placement.startDate)}入职{placement.endDate && `，${chineseDate(placement.endDate)}离岗`} · 稳定就业 {placement.stableMonths} 个月
      </div>
      {placement.worker?.phone && (
        <div>
          电话：<a href={`tel:${placement.worker.phone}`}>{placement.worker.phone}</a>
        </div>
      )}
      <h3 className="agent-small-heading">用人单位月度确认</h3>
      {confirmations.length === 0 ? (
        <p className="hint">用人单位还没有确认过月份（只有用人单位能确认）。</p>
      ) : (
        <ul className="agent-lines">
          {confirmations.map((c) => (
            <li key={c.id}>
              {chineseMonth(c.month)}：{c.employed ? '在岗' : '不在岗'}
              {c.monthlyWage !== null && c.monthlyWage !== undefined && ` · 工资 ${c.monthlyWage} 元`}
              {c.socialInsurancePaid && ' · 已缴社保'}
            </li>
          ))}
        </ul>
      )}
      <h3 className="agent-small-heading">跟踪回访</h3>
      {placement.followUps.length === 0 ? (
        <p className="hint">还没有回访记录。</p>
      ) : (
        <ul className="agent-lines">
          {placement.followUps.map((f) => (
            <li key={f.id}>
              {chineseDate(f.contactedOn)} {FOLLOW_UP_CHANNEL_LABELS[f.channel]}
              {f.stillEmployed === true && ' · 本人说仍在岗'}
              {f.stillEmployed === false && ' · 本人说已不在岗'}：{f.note}
            </li>
          ))}
        </ul>
      )}
      {placement.status !== 'CANCELLED' && <SubsidyDetails placementId={placement.id} describedBy={titleId} />}
      {placement.status !== 'CANCELLED' && <FollowUpForm placementId={placement.id} startDate={placement.startDate} describedBy={titleId} />}
    </li>
  );
}

/** The assessment is asked for when the agent opens it, not for every card on the page. */
function SubsidyDetails({ placementId, describedBy }: { placementId: string; describedBy: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="agent-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-describedby={describedBy}>跟踪服务补贴</summary>
      {open && <TrackingSubsidy placementId={placementId} describedBy={describedBy} />}
    </details>
  );
}

/**
 * An agency sees a worker it organised only while the placement lasts (need-to-know, libs/workers worker-access): an
 * ended one keeps its record here without the person's name.
 */
function hiddenWorker(status: Placement['status']): string {
  return status === 'ENDED' || status === 'CANCELLED' ? '（已离岗，不再显示个人信息）' : '（无权查看的劳动者）';
}
