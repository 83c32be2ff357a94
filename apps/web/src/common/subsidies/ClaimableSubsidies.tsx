import { useEffect, useMemo, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { shownError, type ShownError } from '../../app/errors';
import { graphql } from '../../gql';
import type { OwnClaimableSubsidiesQuery } from '../../gql/graphql';
import { ErrorAlert } from '../ErrorAlert';
import { chineseDate } from '../labels-mine';

const claimableDocument = graphql(`
  query OwnClaimableSubsidies($first: Int!, $after: String) {
    eligibleUnclaimedSubsidies(first: $first, after: $after) {
      scannedPlacements
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
        endCursor
      }
    }
  }
`);

type ClaimablePage = OwnClaimableSubsidiesQuery['eligibleUnclaimedSubsidies'];
type Claimable = ClaimablePage['edges'][number]['node'];

/** The pages after the first, read by 加载更多 along endCursor. */
interface LaterPages {
  items: Claimable[];
  scanned: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

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
 * sent, here or elsewhere on the page, drops the line: the first page refetches (SubsidyClaim is named so an answer
 * without one still refreshes) and the pages read after it are dropped. A call reads a bounded number of placements,
 * so a page may be short or even empty with more to come: 加载更多 follows endCursor from where the last call stopped.
 */
export function ClaimableSubsidies({ heading, empty }: { heading: string; empty: string }) {
  const client = useClient();
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimableDocument, variables: { first: PAGE }, context });
  const [later, setLater] = useState<LaterPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ShownError | null>(null);
  // A refreshed first page starts the list again: what followed it may have changed.
  useEffect(() => setLater(null), [data]);
  const [submitted, submit] = useMutation(submitDocument);
  const [sent, setSent] = useState(0);
  const firstPage = data?.eligibleUnclaimedSubsidies;
  const items: Claimable[] = [...(firstPage?.edges.map((e) => e.node) ?? []), ...(later?.items ?? [])];
  const scanned = (firstPage?.scannedPlacements ?? 0) + (later?.scanned ?? 0);
  const hasMore = later ? later.hasNextPage : !!firstPage?.pageInfo.hasNextPage;
  const loadMore = async () => {
    const after = later ? later.endCursor : (firstPage?.pageInfo.endCursor ?? null);
    setLoadingMore(true);
    setMoreError(null);
    const result = await client.query(claimableDocument, { first: PAGE, after }, { requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    const page = result.data?.eligibleUnclaimedSubsidies;
    if (!page) return setMoreError(shownError(result.error));
    setLater((now) => ({
      items: [...(now?.items ?? []), ...page.edges.map((e) => e.node)],
      scanned: (now?.scanned ?? 0) + page.scannedPlacements,
      hasNextPage: page.pageInfo.hasNextPage,
      endCursor: page.pageInfo.endCursor ?? null,
    }));
  };
  return (
    <section aria-labelledby="claimable-subsidies" className="agent-section">
      <h2 id="claimable-subsidies">{heading}</h2>
      {error && <ErrorAlert error={shownError(error)} />}
      {!data && !error && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {data && items.length === 0 && !hasMore && <p className="hint">{empty}</p>}
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
      <ErrorAlert error={moreError} />
      {data && hasMore && (
        <p className="muted" aria-live="polite">
          已核查 {scanned} 条就业记录，还有记录没有核查（每次核查的记录有上限，所以列出的可能不全），请加载更多。
        </p>
      )}
      {data && hasMore && (
        <button type="button" className="secondary" onClick={() => void loadMore()} disabled={fetching || loadingMore}>
          加载更多
        </button>
      )}
    </section>
  );
}
