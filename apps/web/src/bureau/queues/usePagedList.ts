import { useMemo, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { shownError, type ShownError } from '../../app/errors';

export interface Connection<Node> {
  totalCount?: number;
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface PagedList<Node> {
  /** Every row shown so far: the first page, then each page 加载更多 fetched. Null before the first page arrives. */
  nodes: Node[] | null;
  totalCount: number | undefined;
  hasNextPage: boolean;
  error: ShownError | null;
  fetching: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: ShownError | null;
}

/**
 * A queue read page by page: the first page through urql's cache (refreshed after a mutation of the same type), each
 * further page by its endCursor on 加载更多. Pages fetched for other variables (another region) are dropped.
 */
export function usePagedList<Data, Variables extends AnyVariables & { after?: string | null }, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  connectionOf: (data: Data) => Connection<Node>,
  typenames: string[] = [],
): PagedList<Node> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const typenameKey = typenames.join(',');
  const context = useMemo(() => ({ additionalTypenames: typenameKey ? typenameKey.split(',') : [] }), [typenameKey]);
  const [{ data, error, fetching }] = useQuery<Data, Variables>({ query, variables, context });
  const [more, setMore] = useState<{ key: string; nodes: Node[]; pageInfo: Connection<Node>['pageInfo'] } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ShownError | null>(null);

  const first = data ? connectionOf(data) : null;
  const extra = more?.key === key ? more : null;
  const pageInfo = extra?.pageInfo ?? first?.pageInfo;

  const loadMore = () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    void client
      .query(query, { ...variables, after: pageInfo.endCursor }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((next) => {
        setLoadingMore(false);
        setMoreError(shownError(next.error));
        if (!next.data) return;
        const page = connectionOf(next.data);
        setMore({ key, nodes: [...(extra?.nodes ?? []), ...page.edges.map((e) => e.node)], pageInfo: page.pageInfo });
      });
  };

  return {
    nodes: first ? [...first.edges.map((e) => e.node), ...(extra?.nodes ?? [])] : null,
    totalCount: first?.totalCount,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    error: shownError(error),
    fetching,
    loadMore,
    loadingMore,
    moreError,
  };
}
