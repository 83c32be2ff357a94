import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../ErrorAlert';
import { chineseDate } from '../labels-mine';

const claimableDocument = graphql(`
  query OwnClaimableSubsidies($first: Int!) {
    eligibleUnclaimedSubsidies(first: $first) {
      edges {
        node {
          placement {
            id
            startDate
            worker {
              name
            }
            posting {
              title
            }
          }
          assessment {
            kind
            title
            amount
            reason
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const submitDocument = graphql(`
  mutation SubmitOwnClaimableSubsidy($input: SubmitSubsidyClaimInput!) {
    submitSubsidyClaim(input: $input) {
      id
      status
    }
  }
`);

const PAGE = 20;

/**
 * 可申请的补贴: everything the organisation itself may claim today, at all its placements at once (the server assesses
 * them with the same rules as each placement's own list), oldest placement first, each with its claim button. A claim
 * sent drops the line (the list refetches: SubsidyClaim is named so an answer without one still refreshes).
 */
export function ClaimableSubsidies({ heading, empty }: { heading: string; empty: string }) {
  const [first, setFirst] = useState(PAGE);
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimableDocument, variables: { first }, context });
  const [submitted, submit] = useMutation(submitDocument);
  const [sent, setSent] = useState(0);
  const items = data?.eligibleUnclaimedSubsidies.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="claimable-subsidies" className="agent-section">
      <h2 id="claimable-subsidies">{heading}</h2>
      {error && <ErrorAlert error={shownError(error)} />}
      {!data && !error && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {data && items.length === 0 && <p className="hint">{empty}</p>}
      {items.length > 0 && (
        <ul aria-label={heading} className="agent-lines">
          {items.map(({ placement, assessment }) => {
            const id = `claimable-${placement.id}-${assessment.kind}`;
            return (
              <li key={id} className="card agent-item">
                <div id={id}>
                  <strong>{placement.worker?.name ?? '（无权查看的人员）'}</strong> · {assessment.title}
                  {assessment.amount != null && <span className="wage"> {assessment.amount} 元</span>}
                </div>
                <div className="muted">
                  {placement.posting?.title} · {chineseDate(placement.startDate)}上岗
                </div>
                <div className="muted">{assessment.reason}</div>
                <button
                  type="button"
                  disabled={submitted.fetching}
                  aria-describedby={id}
                  onClick={() => void submit({ input: { placementId: placement.id, kind: assessment.kind } }).then((r) => r.data && setSent((n) => n + 1))}
                >
                  申请
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {sent > 0 && (
        <p className="ok" role="status">
          已提交 {sent} 项申请，等待人社部门审核。
        </p>
      )}
      <ErrorAlert error={shownError(submitted.error)} />
      {data?.eligibleUnclaimedSubsidies.pageInfo.hasNextPage && (
        <button type="button" className="secondary" onClick={() => setFirst((n) => n + PAGE)} disabled={fetching}>
          加载更多
        </button>
      )}
    </section>
  );
}
