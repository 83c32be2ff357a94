import { useMemo, useState, type SyntheticEvent } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { BatchOutcome, type OutcomeItem } from './BatchOutcome';
import { claimQueueDocument } from './claim-documents';
import { claimLabel } from './ClaimEvidence';
import { ReviewCard } from './ReviewCard';
import { SelectAll } from './SelectAll';
import { useBatchApprove } from './use-batch-approve';
import { useSelection } from './use-selection';

/**
 * 待审核: the jurisdiction's SUBMITTED claims with their evidence, each with 批准 / 驳回, and 批量批准 for the ones
 * ticked. Those whose evidence changed come first, marked. A batch leaves what it could not approve ticked, each with
 * the server's reason beside it.
 */
export function ReviewPage({ regionCode }: { regionCode: string }) {
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimQueueDocument, variables: { regionCode, status: 'SUBMITTED' }, context });
  const claims = useMemo(() => {
    const nodes = data?.subsidyClaims.edges.map((edge) => edge.node) ?? [];
    return [...nodes.filter((c) => c.needsReview), ...nodes.filter((c) => !c.needsReview)];
  }, [data]);
  const ids = useMemo(() => claims.map((c) => c.id), [claims]);
  const selection = useSelection(ids);
  const batch = useBatchApprove();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<OutcomeItem[] | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const refused = new Map((outcome ?? []).filter((item) => item.error).map((item) => [item.key, item.error as string]));

  const approveChosen = async (event: SyntheticEvent) => {
    event.preventDefault();
    const chosen = claims.filter((c) => selection.has(c.id));
    if (chosen.length === 0) return;
    setDecided(null);
    const results = await batch.approve(
      chosen.map((c) => c.id),
      note,
    );
    const labels = new Map(chosen.map((c) => [c.id, claimLabel(c)]));
    setOutcome(results.map((r) => ({ key: r.key, label: labels.get(r.key) ?? r.key, error: r.error })));
    selection.drop(results.filter((r) => !r.error).map((r) => r.key));
  };

  return (
    <>
      <p className="hint">本辖区已提交、等待审核的补贴申请。请核对就业证据和政策版本后批准或驳回；驳回须写明原因。</p>
      <ErrorAlert error={shownError(error)} />
      {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {decided && (
        <p role="status" className="ok">
          {decided}
        </p>
      )}
      {outcome && <BatchOutcome title="批量批准结果" done="已批准" items={outcome} />}
      {data && claims.length === 0 && <p className="ok">没有等待审核的申请。</p>}
      {data && claims.length > 0 && (
        <>
          <p>
            共 {data.subsidyClaims.totalCount} 项待审核
            {data.subsidyClaims.totalCount > claims.length && `，本页列出 ${claims.length} 项（审核后其余的接着列出）`}
            {claims.some((c) => c.needsReview) && `，其中 ${claims.filter((c) => c.needsReview).length} 项证据有变化、须重新审核`}。
          </p>
          <form className="card bureau-batch" onSubmit={(e) => void approveChosen(e)} aria-label="批量批准">
            <SelectAll selection={selection} total={claims.length} label="全选" />
            <div className="field">
              <label htmlFor="batch-approve-note">批量审核意见（可不填）</label>
              <input id="batch-approve-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <button type="submit" disabled={batch.running || selection.chosen.length === 0}>
              批量批准
            </button>
            {batch.running && (
              <p role="status" className="muted">
                正在批准 {selection.chosen.length} 项…
              </p>
            )}
          </form>
          <ul className="results bureau-claims" aria-label="待审核的补贴申请">
            {claims.map((claim) => (
              <ReviewCard
                key={claim.id}
                claim={claim}
                selection={selection}
                refused={refused.get(claim.id)}
                onDecided={(message) => {
                  setOutcome(null);
                  setDecided(message);
                }}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
