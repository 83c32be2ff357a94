import { chineseDate, chineseDay, SUBSIDY_FUND_LABELS, SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import type { BureauClaimFieldsFragment } from '../../gql/graphql';

/** 王小兰 · 一次性交通补助: how a claim is named in checkboxes and batch results. */
export function claimLabel(claim: BureauClaimFieldsFragment): string {
  return `${claim.worker?.name ?? '（无权查看的人员）'} · ${SUBSIDY_KIND_LABELS[claim.kind]}`;
}

/**
 * The evidence of one claim as the reviewer weighs it: the person, the placement (dates, contract, months confirmed
 * by the employer, stable months, social insurance), the employer, the policy version, and the marks that ask for a
 * closer look (补录: recorded late from a ledger; 证据有变化: changed after submission).
 */
export function ClaimEvidence({ claim }: { claim: BureauClaimFieldsFragment }) {
  const p = claim.placement;
  const confirmed = p?.confirmations.filter((c) => c.employed).length ?? 0;
  return (
    <>
      <div className="bureau-claim-title">
        <span className="wage">{claim.amount} 元</span>
        {claim.needsReview && <span className="badge bureau-flag">证据有变化，须重新审核</span>}
        {(claim.recordedLate || p?.recordedLate) && <span className="badge">补录</span>}
      </div>
      <dl className="bureau-evidence">
        <dt>劳动者</dt>
        <dd>
          {claim.worker ? (
            <>
              {claim.worker.name} · {claim.worker.maskedIdNumber ?? '证件号不可见'} · {claim.worker.age} 岁
            </>
          ) : (
            '（无权查看的人员）'
          )}
        </dd>
        <dt>岗位</dt>
        <dd>
          {p?.posting?.title ?? '（无权查看）'}
          {claim.employer && (
            <>
              {' '}
              · {claim.employer.name}
              {claim.employer.verified ? '' : '（未认定）'}
            </>
          )}
        </dd>
        {p && (
          <>
            <dt>在岗时间</dt>
            <dd>
              {chineseDate(p.startDate)}入职{p.endDate ? `，${chineseDate(p.endDate)}离岗` : '，至今在岗'}；合同 {p.contractMonths} 个月
            </dd>
            <dt>就业证据</dt>
            <dd>
              已确认在岗 {confirmed} 个月，稳定就业 {p.stableMonths} 个月，缴纳社保 {p.socialInsuranceMonths} 个月
            </dd>
          </>
        )}
        {claim.employmentCheck && (
          <>
            <dt>核实方式</dt>
            <dd>{claim.employmentCheck}</dd>
          </>
        )}
        <dt>政策</dt>
        <dd>
          {claim.policy.name}（{claim.policy.version}）
        </dd>
        <dt>资金来源</dt>
        <dd>{SUBSIDY_FUND_LABELS[claim.fund]}</dd>
        <dt>提交</dt>
        <dd>{chineseDay(claim.submittedAt)}</dd>
      </dl>
    </>
  );
}
