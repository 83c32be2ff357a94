import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { shownError, type ShownError } from '../../app/errors';
import type { BureauUnclaimedSubsidiesQuery, SubsidyKind } from '../../gql/graphql';
import { unclaimedDocument } from './claim-documents';

export type Unclaimed = BureauUnclaimedSubsidiesQuery['eligibleUnclaimedSubsidies']['edges'][number]['node'];

export const unclaimedKey = (item: Unclaimed) => `${item.placement.id}|${item.assessment.kind}`;

export interface UnclaimedPages {
  items: Unclaimed[];
  /** Placements read so far: a page may be short (the server reads at most 2,000 a call) and still have more. */
  scanned: number;
  hasMore: boolean;
  loading: boolean;
  error: ShownError | null;
  loadMore: () => void;
  /** Raised claims leave the list here (they are no longer unclaimed) without reading it all again. */
  remove: (keys: readonly string[]) => void;
}

/** eligibleUnclaimedSubsidies of a region page after page, following endCursor, for one kind (or all). */
export function useUnclaimedPages(regionCode: string, kind: SubsidyKind | null): UnclaimedPages {
  const client = useClient();
  const [items, setItems] = useState<Unclaimed[]>([]);
  const [scanned, setScanned] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ShownError | null>(null);
  // A later region's or kind's answer wins over an earlier one still on its way.
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null, fresh: boolean) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      if (fresh) setItems([]);
      const result = await client
        .query(unclaimedDocument, { filter: { regionCode, ...(kind ? { kind } : {}) }, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return;
      setLoading(false);
      const page = result.data?.eligibleUnclaimedSubsidies;
      if (!page) {
        setError(shownError(result.error));
        return;
      }
      const nodes = page.edges.map((edge) => edge.node);
      setItems((now) => (fresh ? nodes : [...now, ...nodes]));
      setScanned((now) => (fresh ? 0 : now) + page.scannedPlacements);
      setCursor(page.pageInfo.endCursor ?? null);
      setHasMore(page.pageInfo.hasNextPage);
    },
    [client, regionCode, kind],
  );

  useEffect(() => {
    void load(null, true);
  }, [load]);

  const remove = useCallback((keys: readonly string[]) => setItems((now) => now.filter((item) => !keys.includes(unclaimedKey(item)))), []);
  return { items, scanned, hasMore, loading, error, loadMore: () => void load(cursor, false), remove };
}
