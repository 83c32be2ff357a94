import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import { PlacementCard } from './PlacementCard';

const SHOWN = 50;

const placementsDocument = graphql(`
  query AgentPlacements($first: Int!) {
    placements(first: $first) {
      totalCount
      edges {
        node {
          id
          status
          startDate
          endDate
          stableMonths
          worker {
            id
            name
            phone
          }
          posting {
            title
          }
          employer {
            name
          }
          confirmations {
            id
            month
            employed
            monthlyWage
            socialInsurancePaid
          }
          followUps {
            id
            contactedOn
            channel
            note
            stillEmployed
          }
        }
      }
    }
  }
`);

/** Every placement the agency organised (an agent's placements scope), newest first. */
export function OrganisedPlacements() {
  // A placement without follow-ups has no PlacementFollowUp in the answer, so the document cache would not know that
  // recordFollowUp changed it: naming the type makes every recorded follow-up refetch the list.
  const context = useMemo(() => ({ additionalTypenames: ['PlacementFollowUp'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: placementsDocument, variables: { first: SHOWN }, context });
  return (
    <section aria-labelledby="agent-placements" className="agent-section">
      <h2 id="agent-placements">本机构组织就业的人员</h2>
      {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
      {data && <p>共 {data.placements.totalCount} 人次</p>}
      {data && data.placements.edges.length === 0 && <p className="hint">还没有就业记录。推荐录用或出行组到达后，就业记录会显示在这里。</p>}
      {data && data.placements.edges.length > 0 && (
        <ul className="results" aria-label="组织就业的人员">
          {data.placements.edges.map(({ node }) => (
            <PlacementCard key={node.id} placement={node} />
          ))}
        </ul>
      )}
      {data && data.placements.totalCount > data.placements.edges.length && (
        <p className="hint">
          只显示最近 {data.placements.edges.length} 条，共 {data.placements.totalCount} 条。
        </p>
      )}
    </section>
  );
}
