import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { Link } from '../../app/router';
import { ErrorAlert } from '../../common/ErrorAlert';
import { chineseDate } from '../../common/labels-mine';
import { graphql } from '../../gql';
import type { AgentGroupsQuery } from '../../gql/graphql';
import { AgentNav } from '../AgentNav';
import { GROUP_STATUS_LABELS, GROUP_STATUS_ORDER } from '../labels-agent';
import { NewGroupForm } from './NewGroupForm';

/** An agency runs a few departures a month: the newest 100 cover months; more are counted, not hidden silently. */
const SHOWN = 100;

const groupsDocument = graphql(`
  query AgentGroups($first: Int!) {
    placementGroups(first: $first) {
      totalCount
      edges {
        node {
          id
          status
          departureDate
          departurePoint
          transport
          roster {
            workerId
          }
          posting {
            title
            organization {
              name
            }
          }
        }
      }
    }
  }
`);

type Group = AgentGroupsQuery['placementGroups']['edges'][number]['node'];

/** 出行组 (docs/ui-names.md): the agency's groups by status, what needs work first; 新建出行组 for a posting. */
export function GroupsPage() {
  const [{ data, error, fetching }] = useQuery({ query: groupsDocument, variables: { first: SHOWN } });
  const groups = data?.placementGroups.edges.map((e) => e.node) ?? [];
  return (
    <main className="agent-page">
      <AgentNav />
      <h1>出行组</h1>
      <NewGroupForm />
      <section aria-labelledby="agent-groups" className="agent-section">
        <h2 id="agent-groups">本机构的出行组</h2>
        {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
        {data && groups.length === 0 && <p className="hint">还没有出行组。选好岗位、出发日期和集合地点，就可以新建一个。</p>}
        {GROUP_STATUS_ORDER.map((status) => {
          const of = groups.filter((g) => g.status === status);
          if (of.length === 0) return null;
          return (
            <div key={status}>
              <h3>
                {GROUP_STATUS_LABELS[status]}（{of.length}）
              </h3>
              <ul className="results" aria-label={GROUP_STATUS_LABELS[status]}>
                {of.map((group) => (
                  <GroupItem key={group.id} group={group} />
                ))}
              </ul>
            </div>
          );
        })}
        {data && data.placementGroups.totalCount > groups.length && (
          <p className="hint">
            只显示最近 {groups.length} 个出行组，共 {data.placementGroups.totalCount} 个。
          </p>
        )}
      </section>
    </main>
  );
}

function GroupItem({ group }: { group: Group }) {
  return (
    <li className="card agent-item">
      <Link href={`/agent/groups/${group.id}`} className="title">
        {group.posting?.title ?? '岗位已下线'} · {chineseDate(group.departureDate)}出发
      </Link>
      {group.posting?.organization && <div className="muted">{group.posting.organization.name}</div>}
      <div>
        {group.departurePoint} · {group.transport} · {group.roster.length} 人
      </div>
    </li>
  );
}
