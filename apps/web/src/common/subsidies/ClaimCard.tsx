import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { SubsidyClaimStatus } from '../../gql/graphql';
import { chineseDate, chineseDay, CLAIM_STATUS_LABELS } from '../labels-mine';

/** What a ClaimCard shows of a claim: spread it into each list's query (…ClaimCardFields). */
export const claimCardFields = graphql(`
  fragment ClaimCardFields on SubsidyClaim {
    id
    kind
    amount
    status
    submittedAt
    paidOn
    reviewNote
    placement {
      posting {
        title
      }
    }
  }
`);

export interface ShownClaim {
  amount: number;
  status: SubsidyClaimStatus;
  submittedAt: string;
  paidOn?: string | null;
  reviewNote?: string | null;
}

/**
 * One subsidy claim and where it stands with the bureau (金额, 状态, 提交/发放 dates, a refusal's note), the same on
 * 我的补贴, the agency's 跟踪服务 and the employer's 补贴. `title` names it; `detail` says what it is for.
 */
export function ClaimCard({ claim, title, detail, className }: { claim: ShownClaim; title: ReactNode; detail?: ReactNode; className: string }) {
  return (
    <li className={`card ${className}`}>
      <span className="title">{title}</span>
      <div>
        <span className="wage">{claim.amount} 元</span>
        <span className={claim.status === 'PAID' ? 'ok' : undefined}> · {CLAIM_STATUS_LABELS[claim.status]}</span>
      </div>
      <div className="muted">
        {chineseDay(claim.submittedAt)}提交{detail}
      </div>
      {claim.status === 'PAID' && claim.paidOn && <div>{chineseDate(claim.paidOn)}发放</div>}
      {claim.status === 'REJECTED' && claim.reviewNote && <div>审核意见：{claim.reviewNote}</div>}
    </li>
  );
}
