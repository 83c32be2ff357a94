import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { shownError } from '../../app/errors';
import { reviewClaimDocument } from './claim-documents';

export interface ItemResult {
  key: string;
  /** The server's Chinese message when the item was refused; null when it went through. */
  error: string | null;
}

/** 批量批准: approves each chosen claim with the one note, each on its own, and says per claim how it went. */
export function useBatchApprove(): { running: boolean; approve: (claimIds: readonly string[], note: string) => Promise<ItemResult[]> } {
  const [, review] = useMutation(reviewClaimDocument);
  const [running, setRunning] = useState(false);
  const approve = useCallback(
    async (claimIds: readonly string[], note: string) => {
      setRunning(true);
      try {
        const results: ItemResult[] = [];
        for (const claimId of claimIds) {
          const outcome = await review({ input: { claimId, approve: true, note: note.trim() || null } });
          results.push({ key: claimId, error: outcome.error ? (shownError(outcome.error)?.message ?? null) : null });
        }
        return results;
      } finally {
        setRunning(false);
      }
    },
    [review],
  );
  return { running, approve };
}
