import { chineseDay } from '../../common/labels-mine';
import type { BureauClaimFieldsFragment } from '../../gql/graphql';
import { ClaimEvidence, claimLabel } from './ClaimEvidence';
import { ClaimPick } from './ClaimPick';
import { ReviewControls } from './ReviewControls';
import type { Selection } from './use-selection';

/**
 * One approved claim waiting for payment: ticked for 批量发放, its evidence, and why a batch could not pay it. One whose
 * evidence changed after approval (needsReview) must be decided again before it is paid: 批准 / 驳回 are here.
 */
export function PayCard(props: { claim: BureauClaimFieldsFragment; selection: Selection; refused?: string; onDecided: (message: string) => void }) {
  const { claim } = props;
  const label = claimLabel(claim);
  const rights = claim.reviewRights;
  return (
    <li className={`card bureau-claim${claim.needsReview ? ' bureau-needs-review' : ''}`}>
      <ClaimPick itemKey={claim.id} label={label} selection={props.selection} />
      <ClaimEvidence claim={claim} />
      {claim.reviewedAt && <p className="muted">{chineseDay(claim.reviewedAt)}审核通过</p>}
      {!rights.mayPay && <p className="bureau-rights">本账号不能登记发放：{rights.payReason}</p>}
      {props.refused && <p className="field-error">未发放：{props.refused}</p>}
      {claim.needsReview && <ReviewControls claim={claim} label={label} onDecided={props.onDecided} />}
    </li>
  );
}
