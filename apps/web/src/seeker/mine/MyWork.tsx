import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDate, chineseMonth, END_REASON_LABELS, PLACEMENT_STATUS_LABELS, SCOPE_LABELS } from '../../common/labels-mine';
import type { MyPlacementsQuery } from '../../gql/graphql';
import { myPlacementsDocument } from './placements-document';
import { Section } from './Section';

type Placement = MyPlacementsQuery['placements']['edges'][number]['node'];

/** 我的工作: each job the worker was hired for, with the months the employer confirmed (what subsidies rest on). */
export function MyWork() {
  const [{ data, error, fetching }] = useQuery({ query: myPlacementsDocument });
  return (
    <Section id="mine-work" title="我的工作">
      {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
      {data && data.placements.edges.length === 0 && (
        <p className="hint">
          还没有录用记录。被用人单位录用后，工作和每月在岗确认会显示在这里。<Link href="/">去找工作</Link>
        </p>
      )}
      {data && data.placements.edges.length > 0 && (
        <ul className="results">
          {data.placements.edges.map(({ node }) => (
            <PlacementItem key={node.id} placement={node} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function PlacementItem({ placement }: { placement: Placement }) {
  // Months the employer attested as worked; a month confirmed as not worked is shown apart, not counted.
  const worked = placement.confirmations.filter((c) => c.employed).map((c) => c.month);
  const notWorked = placement.confirmations.filter((c) => !c.employed).map((c) => c.month);
  const latest = [...worked].sort().at(-1);
  return (
    <li className="card mine-item">
      <span className="title">{placement.posting?.title ?? '岗位已下线'}</span>
      <div>
        <span className={placement.status === 'ACTIVE' ? 'ok' : undefined}>{PLACEMENT_STATUS_LABELS[placement.status]}</span>
        <span className="muted"> · {SCOPE_LABELS[placement.scope]}</span>
      </div>
      <dl className="facts">
        <dt>用人单位</dt>
        <dd>{placement.employer?.name ?? '县人力资源和社会保障局'}</dd>
        <dt>入职日期</dt>
        <dd>{chineseDate(placement.startDate)}</dd>
        {placement.endDate && (
          <>
            <dt>离岗日期</dt>
            <dd>
              {chineseDate(placement.endDate)}
              {placement.endReason && `（${END_REASON_LABELS[placement.endReason]}）`}
            </dd>
          </>
        )}
        <dt>合同期限</dt>
        <dd>{placement.contractMonths} 个月</dd>
        <dt>确认在岗</dt>
        <dd>
          {worked.length} 个月{latest && `（最近：${chineseMonth(latest)}）`}
          {notWorked.length > 0 && <div className="muted">确认未在岗：{notWorked.sort().map(chineseMonth).join('、')}</div>}
        </dd>
        <dt>稳定就业</dt>
        <dd>{placement.stableMonths} 个月</dd>
      </dl>
      {placement.status !== 'CANCELLED' && worked.length === 0 && <p className="hint">每个月结束后，由用人单位确认您当月是否在岗。</p>}
    </li>
  );
}
