import { useMemo, useState, type SyntheticEvent } from 'react';
import { useMutation } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { BENEFICIARY_LABELS, chineseDate, SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import type { SubsidyKind } from '../../gql/graphql';
import { BatchOutcome, type OutcomeItem } from './BatchOutcome';
import { submitClaimsDocument } from './claim-documents';
import { ClaimPick } from './ClaimPick';
import { SelectAll } from './SelectAll';
import { unclaimedKey, useUnclaimedPages, type Unclaimed } from './use-unclaimed-pages';
import { useSelection } from './use-selection';

const KINDS = Object.keys(SUBSIDY_KIND_LABELS) as SubsidyKind[];

const labelOf = (item: Unclaimed) => `${item.placement.worker?.name ?? '（无权查看的人员）'} · ${item.assessment.title}`;

/**
 * 应发未发 (应发尽发): subsidies the jurisdiction's people may have today that nobody has claimed, as the server's own
 * assessment finds them; tick and 批量申领 raises the claims on the beneficiaries' behalf (a second account of the
 * bureau then reviews them). Pages follow the server's cursor; a short page may still have more behind it.
 */
export function UnclaimedPage({ regionCode }: { regionCode: string }) {
  const [kind, setKind] = useState<SubsidyKind | null>(null);
  const pages = useUnclaimedPages(regionCode, kind);
  const keys = useMemo(() => pages.items.map(unclaimedKey), [pages.items]);
  const selection = useSelection(keys);
  const [submitted, submit] = useMutation(submitClaimsDocument);
  const [outcome, setOutcome] = useState<OutcomeItem[] | null>(null);
  const refused = new Map((outcome ?? []).filter((item) => item.error).map((item) => [item.key, item.error as string]));

  const grant = async (event: SyntheticEvent) => {
    event.preventDefault();
    const chosen = pages.items.filter((item) => selection.has(unclaimedKey(item)));
    if (chosen.length === 0) return;
    const result = await submit({ input: { items: chosen.map((item) => ({ placementId: item.placement.id, kind: item.assessment.kind })) } });
    const answers = result.data?.submitSubsidyClaims.items;
    if (!answers) return;
    const items = answers.map((answer) => ({
      key: unclaimedKey(chosen[answer.index]),
      label: labelOf(chosen[answer.index]),
      error: answer.error?.message ?? null,
    }));
    setOutcome(items);
    const raised = items.filter((item) => !item.error).map((item) => item.key);
    selection.drop(raised);
    pages.remove(raised);
  };

  return (
    <>
      <p className="hint">
        按政策和就业证据，本辖区现在可以领取、但还没有人申领的补贴。勾选后批量申领，即由本部门代为提交申请；提交后须由本部门另一个账号审核。
      </p>
      <div className="field bureau-kind">
        <label htmlFor="unclaimed-kind">补贴类型</label>
        <select id="unclaimed-kind" value={kind ?? ''} onChange={(e) => setKind((e.target.value || null) as SubsidyKind | null)}>
          <option value="">全部</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {SUBSIDY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <ErrorAlert error={pages.error ?? shownError(submitted.error)} />
      {outcome && <BatchOutcome title="批量申领结果" done="已代为申领" items={outcome} />}
      <form className="card bureau-batch" aria-label="批量申领" onSubmit={(e) => void grant(e)}>
        <SelectAll selection={selection} total={pages.items.length} label="全选已列出的" />
        <button type="submit" disabled={submitted.fetching || selection.chosen.length === 0}>
          批量申领
        </button>
        {submitted.fetching && (
          <p role="status" className="muted">
            正在申领 {selection.chosen.length} 项…
          </p>
        )}
      </form>
      {pages.items.length > 0 && (
        <ul className="results bureau-claims" aria-label="应发未发的补贴">
          {pages.items.map((item) => {
            const key = unclaimedKey(item);
            const p = item.placement;
            return (
              <li key={key} className="card bureau-claim">
                <ClaimPick itemKey={key} label={labelOf(item)} selection={selection} />
                <div className="bureau-claim-title">
                  {item.assessment.amount != null && <span className="wage">{item.assessment.amount} 元</span>}
                  <span className="muted"> 发给{BENEFICIARY_LABELS[item.assessment.beneficiary]}</span>
                  {p.recordedLate && <span className="badge">补录</span>}
                </div>
                <dl className="bureau-evidence">
                  <dt>劳动者</dt>
                  <dd>{p.worker ? `${p.worker.name} · ${p.worker.maskedIdNumber ?? '证件号不可见'} · ${p.worker.age} 岁` : '（无权查看的人员）'}</dd>
                  <dt>岗位</dt>
                  <dd>
                    {p.posting?.title ?? '（无权查看）'}
                    {p.employer && ` · ${p.employer.name}`}
                  </dd>
                  <dt>在岗时间</dt>
                  <dd>
                    {chineseDate(p.startDate)}入职{p.endDate ? `，${chineseDate(p.endDate)}离岗` : '，至今在岗'}
                  </dd>
                  <dt>依据</dt>
                  <dd>
                    {item.assessment.reason}
                    {item.assessment.policy && `（${item.assessment.policy.name} ${item.assessment.policy.version}）`}
                  </dd>
                </dl>
                {refused.has(key) && <p className="field-error">未申领：{refused.get(key)}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {!pages.loading && !pages.error && pages.items.length === 0 && !pages.hasMore && <p className="ok">没有应发未发的补贴。</p>}
      <p className="muted" aria-live="polite">
        {pages.loading ? '正在核查…' : `已核查 ${pages.scanned} 条就业记录，列出 ${pages.items.length} 项。`}
        {!pages.loading && pages.hasMore && '还有记录没有核查（每次核查的记录有上限，所以这一页可能不满），请加载更多。'}
      </p>
      {pages.hasMore && (
        <button type="button" className="secondary" disabled={pages.loading} onClick={pages.loadMore}>
          加载更多
        </button>
      )}
    </>
  );
}
