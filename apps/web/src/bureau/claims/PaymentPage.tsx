import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { BatchOutcome, type OutcomeItem } from './BatchOutcome';
import { claimQueueDocument, payClaimsDocument } from './claim-documents';
import { claimLabel } from './ClaimEvidence';
import { PayCard } from './PayCard';
import { PayForm, type Payment } from './PayForm';
import { SelectAll } from './SelectAll';
import { useSelection } from './use-selection';

/**
 * 待发放: the jurisdiction's APPROVED claims; tick those one voucher or transfer list paid and 批量发放 them. Each is
 * paid or refused on its own (markSubsidyClaimsPaid): the refused stay ticked with the server's reason beside them.
 * One whose evidence changed since approval is decided again here (the 待审核 list holds only SUBMITTED claims).
 */
export function PaymentPage({ regionCode }: { regionCode: string }) {
  const context = useMemo(() => ({ additionalTypenames: ['SubsidyClaim'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: claimQueueDocument, variables: { regionCode, status: 'APPROVED' }, context });
  const claims = useMemo(() => data?.subsidyClaims.edges.map((edge) => edge.node) ?? [], [data]);
  const ids = useMemo(() => claims.map((c) => c.id), [claims]);
  const payable = useMemo(() => claims.filter((c) => c.reviewRights.mayPay).map((c) => c.id), [claims]);
  const selection = useSelection(ids, payable);
  const [paid, pay] = useMutation(payClaimsDocument);
  const [outcome, setOutcome] = useState<OutcomeItem[] | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const [fieldProblems, setFieldProblems] = useState<Partial<Record<keyof Payment, string>>>({});
  const refused = new Map((outcome ?? []).filter((item) => item.error).map((item) => [item.key, item.error as string]));

  const payChosen = async (payment: Payment) => {
    const chosen = claims.filter((c) => selection.has(c.id));
    if (chosen.length === 0) return;
    setDecided(null);
    const labels = new Map(chosen.map((c) => [c.id, claimLabel(c)]));
    const result = await pay({ input: { claimIds: chosen.map((c) => c.id), ...payment } });
    const items = result.data?.markSubsidyClaimsPaid.items;
    if (!items) return;
    setOutcome(items.map((item) => ({ key: item.claimId, label: labels.get(item.claimId) ?? item.claimId, error: item.error?.message ?? null })));
    // A date or number every refusal names is the form's to fix: said beside that field too.
    const onField = (field: keyof Payment) => items.find((item) => item.error?.fields.includes(field))?.error?.message;
    setFieldProblems({ paidOn: onField('paidOn'), reference: onField('reference') });
    selection.drop(items.filter((item) => item.claim).map((item) => item.claimId));
  };

  return (
    <>
      <p className="hint">本辖区审核通过、等待发放的补贴。勾选同一凭证或转账清单发放的申请，填写发放日期和凭证号后批量登记。</p>
      <ErrorAlert error={shownError(error) ?? shownError(paid.error)} />
      {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
      {decided && (
        <p role="status" className="ok">
          {decided}
        </p>
      )}
      {outcome && <BatchOutcome title="批量发放结果" done="已发放" items={outcome} />}
      {data && claims.length === 0 && <p className="ok">没有等待发放的补贴。</p>}
      {data && claims.length > 0 && (
        <>
          <p>
            共 {data.subsidyClaims.totalCount} 项待发放
            {data.subsidyClaims.totalCount > claims.length && `，本页列出 ${claims.length} 项（发放后其余的接着列出）`}。
          </p>
          <PayForm chosen={selection.chosen.length} running={paid.fetching} onPay={(payment) => void payChosen(payment)} problems={fieldProblems}>
            <SelectAll
              selection={selection}
              total={claims.length}
              label="全选"
              excluded={payable.length < claims.length ? `不含本账号不能登记发放的 ${claims.length - payable.length} 项` : undefined}
            />
          </PayForm>
          <ul className="results bureau-claims" aria-label="待发放的补贴">
            {claims.map((claim) => (
              <PayCard
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
