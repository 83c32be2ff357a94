import { chineseDate, chineseDay, CLAIM_STATUS_LABELS, SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import type { MyClaimsFragment } from '../../gql/graphql';

/** 已申请的补贴: each claim paid to the worker, its amount in 元 and where it stands with the bureau. */
export function MyClaimList({ claims }: { claims: MyClaimsFragment['subsidyClaims'] }) {
  return (
    <>
      <h3>已申请的补贴</h3>
      {claims.edges.length === 0 ? (
        <p className="hint">还没有补贴申请。</p>
      ) : (
        <ul className="results">
          {claims.edges.map(({ node: claim }) => (
            <li key={claim.id} className="card mine-item">
              <span className="title">{SUBSIDY_KIND_LABELS[claim.kind]}</span>
              <div>
                <span className="wage">{claim.amount} 元</span>
                <span className={claim.status === 'PAID' ? 'ok' : undefined}> · {CLAIM_STATUS_LABELS[claim.status]}</span>
              </div>
              <div className="muted">
                {chineseDay(claim.submittedAt)}提交
                {claim.placement?.posting && ` · ${claim.placement.posting.title}`}
              </div>
              {claim.status === 'PAID' && claim.paidOn && <div>{chineseDate(claim.paidOn)}发放</div>}
              {claim.status === 'REJECTED' && claim.reviewNote && <div>审核意见：{claim.reviewNote}</div>}
            </li>
          ))}
        </ul>
      )}
      {claims.totalCount > claims.edges.length && (
        <p className="hint">
          只显示最近 {claims.edges.length} 项，共 {claims.totalCount} 项。
        </p>
      )}
    </>
  );
}
