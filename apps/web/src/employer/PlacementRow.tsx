import { useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError } from '../app/errors';
import { chinaToday } from '../common/china-date';
import { ErrorAlert } from '../common/ErrorAlert';
import { FormField } from '../common/FormField';
import { PlacementSubsidy } from '../common/subsidies/PlacementSubsidy';
import { END_REASON_LABELS, PLACEMENT_STATUS_LABELS } from '../common/labels-mine';
import { graphql } from '../gql';
import type { EmployerPlacementsQuery, PlacementEndReason } from '../gql/graphql';

const endDocument = graphql(`
  mutation EndEmployment($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      id
      status
      endDate
    }
  }
`);

const cancelDocument = graphql(`
  mutation CancelEmployment($input: CancelPlacementInput!) {
    cancelPlacement(input: $input) {
      id
      status
    }
  }
`);

type Placement = EmployerPlacementsQuery['placements']['edges'][number]['node'];

export function PlacementRow({ placement }: { placement: Placement }) {
  const [open, setOpen] = useState<'end' | 'cancel' | 'subsidy' | null>(null);
  const employed = placement.confirmations.filter((c) => c.employed).length;
  const latest = placement.confirmations
    .map((c) => c.month)
    .sort()
    .at(-1);
  const who = placement.worker?.name ?? '（无权查看）';
  const live = placement.status === 'ACTIVE' || placement.status === 'UPCOMING';
  return (
    <li className="card stack">
      <strong>{who}</strong>
      <div className="muted">
        {placement.posting?.title} · {PLACEMENT_STATUS_LABELS[placement.status]}
        {placement.organized && ' · 有组织输出'}
        {placement.worker?.phone && ` · 电话 ${placement.worker.phone}`}
      </div>
      <dl className="facts">
        <dt>入职日期</dt>
        <dd>{placement.startDate}</dd>
        <dt>合同期限</dt>
        <dd>{placement.contractMonths} 个月</dd>
        <dt>已确认在岗</dt>
        <dd>
          {employed} 个月{latest && `（最近：${latest}）`}
        </dd>
        <dt>稳定就业</dt>
        <dd>{placement.stableMonths} 个月</dd>
        {placement.endDate && (
          <>
            <dt>离岗</dt>
            <dd>
              {placement.endDate}
              {placement.endReason && ` · ${END_REASON_LABELS[placement.endReason]}`}
            </dd>
          </>
        )}
      </dl>
      {live && (
        <div className="row wrap">
          <button type="button" className="secondary" aria-expanded={open === 'end'} onClick={() => setOpen(open === 'end' ? null : 'end')}>
            登记离岗
          </button>
          <button type="button" className="secondary" aria-expanded={open === 'cancel'} onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}>
            取消录用
          </button>
        </div>
      )}
      {placement.status !== 'CANCELLED' && placement.status !== 'UPCOMING' && (
        <button type="button" className="link-button" aria-expanded={open === 'subsidy'} onClick={() => setOpen(open === 'subsidy' ? null : 'subsidy')}>
          单位补贴
        </button>
      )}
      {open === 'subsidy' && (
        <PlacementSubsidy
          placementId={placement.id}
          beneficiary="EMPLOYER"
          claimLabel={(title) => `申请${title}`}
          none="按现行政策，这个岗位没有发给用人单位的补贴。"
          className="mine-subsidies"
        />
      )}
      {open === 'end' && <EndForm placementId={placement.id} who={who} />}
      {open === 'cancel' && <CancelForm placementId={placement.id} who={who} />}
    </li>
  );
}

function EndForm({ placementId, who }: { placementId: string; who: string }) {
  const [endDate, setEndDate] = useState(chinaToday());
  const [reason, setReason] = useState<PlacementEndReason>('RESIGNED');
  const [{ error, fetching }, end] = useMutation(endDocument);
  const shown = shownError(error);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void end({ input: { placementId, endDate, reason } });
  };
  return (
    <form onSubmit={submit} className="stack" aria-label={`登记离岗 ${who}`}>
      <FormField id={`end-date-${placementId}`} label="离岗日期" problem={problemOf(shown, 'endDate')}>
        <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      </FormField>
      <FormField id={`end-reason-${placementId}`} label="离岗原因" problem={problemOf(shown, 'reason')}>
        <select value={reason} onChange={(e) => setReason(e.target.value as PlacementEndReason)}>
          {Object.entries(END_REASON_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      {shown && !problemOf(shown, 'endDate') && <ErrorAlert error={shown} />}
      <button type="submit" disabled={fetching}>
        确认离岗
      </button>
    </form>
  );
}

function CancelForm({ placementId, who }: { placementId: string; who: string }) {
  const [reason, setReason] = useState('');
  const [{ error, fetching }, cancel] = useMutation(cancelDocument);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void cancel({ input: { placementId, reason: reason.trim() || null } });
  };
  return (
    <form onSubmit={submit} className="stack" aria-label={`取消录用 ${who}`}>
      <p className="hint">录用有误时使用（入职前，或入职 31 天内）：取消后不计入任何统计，岗位空缺恢复。</p>
      <FormField id={`cancel-reason-${placementId}`} label="取消原因（可不填）">
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      <ErrorAlert error={shownError(error)} />
      <button type="submit" disabled={fetching}>
        确认取消录用
      </button>
    </form>
  );
}
