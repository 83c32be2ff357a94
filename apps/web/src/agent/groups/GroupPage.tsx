import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDate } from '../../common/labels-mine';
import { AgentNav } from '../AgentNav';
import { GROUP_STATUS_LABELS } from '../labels-agent';
import { AddToGroup } from './AddToGroup';
import { GroupActions } from './GroupActions';
import { groupDocument } from './group-document';
import { GroupMembers } from './GroupMembers';
import { RosterPrint } from './RosterPrint';

/**
 * One 出行组: where and when it leaves, its state (等待用人单位确认 until the employer approves the roster, 已确认 after),
 * the roster (加入出行组, 移出), 出发, 确认到达 per worker, and the printable 名单. Only the trip's facts and the 名单
 * are printed.
 */
export function GroupPage({ groupId }: { groupId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: groupDocument, variables: { id: groupId } });
  if (!data)
    return (
      <main className="agent-page">
        <AgentNav />
        <h1>出行组</h1>
        {error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>}
      </main>
    );
  const group = data.placementGroup;
  const open = group.status === 'FORMING' || group.status === 'APPROVED';
  return (
    <main className="agent-page">
      <AgentNav />
      <p className="no-print">
        <Link href="/agent/groups">返回出行组列表</Link>
      </p>
      <h1>{group.posting?.title ?? '岗位已下线'} 出行组</h1>
      <dl className="facts card">
        <dt>状态</dt>
        <dd className={group.status === 'APPROVED' || group.status === 'ARRIVED' ? 'ok' : undefined}>{GROUP_STATUS_LABELS[group.status]}</dd>
        {group.posting?.organization && (
          <>
            <dt>用人单位</dt>
            <dd>{group.posting.organization.name}</dd>
          </>
        )}
        {group.posting && (
          <>
            <dt>工作地点</dt>
            <dd>{group.posting.region.fullName}</dd>
          </>
        )}
        <dt>出发日期</dt>
        <dd>{chineseDate(group.departureDate)}</dd>
        <dt>集合地点</dt>
        <dd>{group.departurePoint}</dd>
        <dt>交通方式</dt>
        <dd>{group.transport}</dd>
        <dt>人数</dt>
        <dd>{group.roster.length} 人</dd>
      </dl>
      <GroupActions group={group} />
      <GroupMembers group={group} />
      {open && <AddToGroup group={group} />}
      <RosterPrint group={group} />
    </main>
  );
}
