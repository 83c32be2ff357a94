import type { ReactNode } from 'react';
import { ErrorAlert } from '../../common/ErrorAlert';
import type { PagedList } from './usePagedList';

/**
 * A queue's rows with what every queue says the same way: loading, the server's error, an empty state, how many of
 * how many are shown, and 加载更多 while there are more.
 */
export function QueueList<Node>({
  list,
  label,
  empty,
  unit,
  countNote,
  children,
}: {
  list: PagedList<Node>;
  label: string;
  empty: string;
  /** 人, 户, 个, 条: what the count counts. */
  unit: string;
  /** Said after the count, e.g. rows this page acted on that the queue no longer counts. */
  countNote?: string;
  children: (node: Node) => ReactNode;
}) {
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.nodes) return <p className="loading">{list.fetching ? '加载中…' : ''}</p>;
  if (list.nodes.length === 0) return <p className="hint">{empty}</p>;
  return (
    <>
      {list.totalCount !== undefined && (
        <p role="status">
          共 {list.totalCount} {unit}
          {list.totalCount > list.nodes.length && `，已显示 ${list.nodes.length} ${unit}`}
          {countNote}
        </p>
      )}
      <ul className="results queue-list" aria-label={label}>
        {list.nodes.map(children)}
      </ul>
      <ErrorAlert error={list.moreError} />
      {list.hasNextPage && (
        <button type="button" className="secondary more" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? '加载中…' : '加载更多'}
        </button>
      )}
    </>
  );
}
