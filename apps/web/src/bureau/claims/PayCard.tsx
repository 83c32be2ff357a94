import { chineseDay } from '../../common/labels-mine';
import type { BureauClaimFieldsFragment } from '../../gql/graphql';
import { ClaimEvidence, claimLabel } from './ClaimEvidence';
import { ClaimPick } from './ClaimPick';
import type { Selection } from './use-selection';

/** One approved claim waiting for payment: ticked for 批量发放, its evidence, and why a batch could not pay it. */
export function PayCard(props: { claim: BureauClaimFieldsFragment; selection: Selection; mayNotPay?: string | null; refused?: string }) {
  const { claim } = props;
  return (
    <li className="card bureau-claim">
      <ClaimPick itemKey={claim.id} label={claimLabel(claim)} selection={props.selection} />
      <ClaimEvidence claim={claim} />
      {claim.reviewedAt && <p className="muted">{chineseDay(claim.reviewedAt)}审核通过</p>}
      {props.mayNotPay != null && <p className="bureau-rights">本账号不能登记发放：{props.mayNotPay}</p>}
      {props.refused && <p className="field-error">未发放：{props.refused}</p>}
    </li>
  );
}
