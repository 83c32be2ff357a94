import type { BureauClaimFieldsFragment } from '../../gql/graphql';
import { ClaimEvidence, claimLabel } from './ClaimEvidence';
import { ClaimPick } from './ClaimPick';
import { ReviewControls } from './ReviewControls';
import type { Selection } from './use-selection';

/** One claim to review: ticked for 批量批准, its evidence, and 批准 / 驳回 of its own; a batch's refusal beside it. */
export function ReviewCard(props: { claim: BureauClaimFieldsFragment; selection: Selection; refused?: string; onDecided: (message: string) => void }) {
  const { claim } = props;
  const label = claimLabel(claim);
  return (
    <li className={`card bureau-claim${claim.needsReview ? ' bureau-needs-review' : ''}`}>
      <ClaimPick itemKey={claim.id} label={label} selection={props.selection} />
      <ClaimEvidence claim={claim} />
      {props.refused && <p className="field-error">未批准：{props.refused}</p>}
      <ReviewControls claim={claim} label={label} onDecided={props.onDecided} />
    </li>
  );
}
