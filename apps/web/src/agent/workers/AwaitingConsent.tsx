import { useQuery } from 'urql';
import { graphql } from '../../gql';

const awaitingDocument = graphql(`
  query AgentEntrustmentsAwaitingConsent {
    entrustments(filter: { status: PENDING_CONSENT }, first: 1) {
      totalCount
    }
  }
`);

/**
 * Workers a bureau entrusted to the agency who have not consented yet are not shown (PIPL Art. 23: the API gives not
 * even their names): the agency is told how many, so it knows why someone it expected is missing.
 */
export function AwaitingConsent() {
  const [{ data }] = useQuery({ query: awaitingDocument });
  const waiting = data?.entrustments.totalCount ?? 0;
  if (waiting === 0) return null;
  return <p className="agent-notice">另有 {waiting} 人已由人社部门委托给本机构，正在等待本人在手机上同意；同意后会出现在这里。</p>;
}
