import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { ClaimList } from '../../common/subsidies/ClaimList';
import { graphql } from '../../gql';

const claimsDocument = graphql(`
  query AgentTrackingClaims($first: Int!) {
    subsidyClaims(filter: { kind: TRACKING_SERVICE }, first: $first) {
      totalCount
      edges {
        node {
          ...ClaimCardFields
          worker {
            name
          }
        }
      }
    }
  }
`);

/** 一次性跟踪服务补贴: the agency's own claims (it is their beneficiary) and where each stands with the bureau. */
export function TrackingClaims() {
  // With no claim yet the answer holds no SubsidyClaim: naming the type makes a new claim refetch the list.
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimsDocument, variables: { first: 50 }, context });
  return (
    <section aria-labelledby="agent-claims" className="agent-section">
      <h2 id="agent-claims">跟踪服务补贴</h2>
      {!data && (error ? <ErrorAlert error={shownError(error)} /> : <p className="loading">{fetching ? '加载中…' : ''}</p>)}
      {data && (
        <ClaimList
          claims={data.subsidyClaims}
          label="跟踪服务补贴申请"
          empty="还没有跟踪服务补贴申请。"
          className="agent-item"
          title={(claim) => (
            <>
              {claim.worker?.name ?? '（无权查看的劳动者）'}
              {claim.placement?.posting && ` · ${claim.placement.posting.title}`}
            </>
          )}
        />
      )}
    </section>
  );
}
