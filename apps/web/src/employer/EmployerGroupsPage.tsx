import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../app/errors';
import { ErrorAlert } from '../common/ErrorAlert';
import { graphql } from '../gql';
import type { EmployerGroupsQuery, PlacementGroupStatus } from '../gql/graphql';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';

const groupsDocument = graphql(`
  query EmployerGroups {
    placementGroups(first: 100) {
      edges {
        node {
          id
          status
          departureDate
          departurePoint
          transport
          posting {
            id
            title
          }
          roster {
            workerId
            arrivedOn
            worker {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const approveDocument = graphql(`
  mutation ApproveGroup($groupId: ID!) {
    approvePlacementGroup(groupId: $groupId) {
      id
      status
      approvedAt
    }
  }
`);

type Group = EmployerGroupsQuery['placementGroups']['edges'][number]['node'];

const STATUS: Record<PlacementGroupStatus, string> = {
  FORMING: '等待本单位确认',
  APPROVED: '已确认，等待出发',
  DEPARTED: '已出发',
  ARRIVED: '已到达',
  CANCELLED: '已取消',
};

/**
 * 出行组 on the employer's postings (issue 18): a labour agency's group travels only after the employer confirms its
 * roster and date (确认名单); any later change by the agency brings it back here.
 */
export function EmployerGroupsPage() {
  const context = useMemo(() => ({ additionalTypenames: ['PlacementGroup'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: groupsDocument, context });
  const groups = data?.placementGroups.edges.map((edge) => edge.node) ?? [];
  const waiting = groups.filter((g) => g.status === 'FORMING');
  const others = groups.filter((g) => g.status !== 'FORMING');
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <h1>出行组</h1>
        <p className="hint">劳务机构组织务工人员集体出行（点对点）前，须由本单位确认名单和出发日期。</p>
        {error && <ErrorAlert error={shownError(error)} />}
        {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
        {data && groups.length === 0 && <p className="hint">还没有劳务机构为本单位岗位组织出行组。</p>}
        {waiting.length > 0 && (
          <section aria-labelledby="groups-waiting" className="stack">
            <h2 id="groups-waiting">待确认</h2>
            <ul className="results" aria-label="待确认的出行组">
              {waiting.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </ul>
          </section>
        )}
        {others.length > 0 && (
          <section aria-labelledby="groups-others" className="stack">
            <h2 id="groups-others">其他出行组</h2>
            <ul className="results" aria-label="其他出行组">
              {others.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </ul>
          </section>
        )}
      </main>
    </EmployerOnly>
  );
}

function GroupCard({ group }: { group: Group }) {
  const [{ error, fetching }, approve] = useMutation(approveDocument);
  const members = group.roster;
  return (
    <li className="card stack">
      <strong>{group.posting?.title ?? '本单位岗位'}</strong>
      <div>{STATUS[group.status]}</div>
      <dl className="facts">
        <dt>出发日期</dt>
        <dd>{group.departureDate}</dd>
        <dt>集合地点</dt>
        <dd>{group.departurePoint}</dd>
        <dt>交通方式</dt>
        <dd>{group.transport}</dd>
        <dt>人数</dt>
        <dd>{members.length} 人</dd>
      </dl>
      {members.length > 0 && members.every((m) => !m.worker) && (
        <p className="hint">务工人员的姓名和电话在出发后可见：出发前由劳务机构负责组织，本单位确认人数和日期。</p>
      )}
      {members.some((m) => m.worker) && (
        <ol aria-label="名单" className="roster">
          {members.map((member) => (
            <li key={member.workerId}>
              {member.worker?.name ?? '（劳务机构组织的人员）'}
              {member.arrivedOn && ` · ${member.arrivedOn} 到达`}
            </li>
          ))}
        </ol>
      )}
      <ErrorAlert error={shownError(error)} />
      {group.status === 'FORMING' && (
        <button type="button" disabled={fetching || members.length === 0} onClick={() => void approve({ groupId: group.id })}>
          确认名单
        </button>
      )}
    </li>
  );
}
