import { isCurrentPostingViewJson, type PostingViewJson } from '@app/postings';

/**
 * What the index may still have wrong at one moment: the aggregates of outbox rows not yet processed. A row is only
 * marked processed once Meilisearch has applied it (and RELAY_SETTLE_MS more, see OutboxRelay), so a posting that
 * none of these rows touches is in the index exactly as in PostgreSQL.
 */
export interface PendingChanges {
  postings: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  /** A row of another kind (a rebuild swapping the index, an aggregate this code does not know): trust nothing. */
  everything: boolean;
}

export function pendingChangesOf(rows: ReadonlyArray<{ aggregate: string; id: string }>): PendingChanges {
  const postings = new Set<string>();
  const organizations = new Set<string>();
  let everything = false;
  for (const row of rows) {
    if (row.aggregate === 'posting') postings.add(row.id);
    else if (row.aggregate === 'organization') organizations.add(row.id);
    else everything = true;
  }
  return { postings, organizations, everything };
}

/**
 * True when a hit can be answered from its document: the check is known (`pending` is null when it was too slow, too
 * large or failed), nothing pending touches the posting or its organisation, and the document carries the posting as
 * shown in the current PostingView shape (one written by older code, or before that field existed, does not).
 */
export function servableFromIndex(hit: { id: string; shown?: unknown }, pending: PendingChanges | null): hit is { id: string; shown: PostingViewJson } {
  if (!pending || pending.everything || !isCurrentPostingViewJson(hit.shown)) return false;
  if (pending.postings.has(hit.id)) return false;
  return !(hit.shown.organizationId && pending.organizations.has(hit.shown.organizationId));
}
