import { useMemo, useState, type SyntheticEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { BatchOutcome, type OutcomeItem } from './BatchOutcome';
import { claimQueueDocument, reviewClaimsDocument } from './claim-documents';
import { claimLabel } from './ClaimEvidence';
import { ReviewCard } from './ReviewCard';
import { SelectAll } from './SelectAll';
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
  const approvable = useMemo(() => claims.filter((c) => c.reviewRights.mayApprove).map((c) => c.id), [claims]);
  const selection = useSelection(ids, approvable);
  const [batch, reviewAll] = useMutation(reviewClaimsDocument);
  const [note, setNote] = useState('');
  const [check, setCheck] = useState('');
  const absorption = claims.some((c) => c.kind === 'ABSORPTION');
  const [outcome, setOutcome] = useState<OutcomeItem[] | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const refused = new Map((outcome ?? []).filter((item) => item.error).map((item) => [item.key, item.error as string]));

  const approveChosen = async (event: SyntheticEvent) => {
    event.preventDefault();
    const chosen = claims.filter((c) => selection.has(c.id));
    if (chosen.length === 0) return;
    setDecided(null);
    const result = await reviewAll({
      input: { claimIds: chosen.map((c) => c.id), approve: true, note: note.trim() || null, employmentCheck: (absorption && check.trim()) || null },
    });
    const items = result.data?.reviewSubsidyClaims.items;
    if (!items) return;
    const labels = new Map(chosen.map((c) => [c.id, claimLabel(c)]));
    setOutcome(items.map((item) => ({ key: item.claimId, label: labels.get(item.claimId) ?? item.claimId, error: item.error?.message ?? null })));
    selection.drop(items.filter((item) => item.claim).map((item) => item.claimId));
  };

  return (
    <>
      <p className="hint">本辖区已提交、等待审核的补贴申请。请核对就业证据和政策版本后批准或驳回；驳回须写明原因。</p>
      <ErrorAlert error={shownError(error) ?? shownError(batch.error)} />
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
            <SelectAll
              selection={selection}
              total={claims.length}
              label="全选"
              excluded={approvable.length < claims.length ? `不含本账号不能批准的 ${claims.length - approvable.length} 项` : undefined}
            />
            <div className="field">
              <label htmlFor="batch-approve-note">批量审核意见（可不填）</label>
              <input id="batch-approve-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            {absorption && (
              <div className="field">
                <label htmlFor="batch-approve-check">核实方式（批准吸纳就业补贴时必填）</label>
                <input id="batch-approve-check" type="text" value={check} onChange={(e) => setCheck(e.target.value)} />
              </div>
            )}
            <button type="submit" disabled={batch.fetching || selection.chosen.length === 0}>
              批量批准
            </button>
            {batch.fetching && (
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
