import { useState } from 'react';
import { useMutation } from 'urql';
import { problemOf, shownError, unplacedError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { FormField } from '../../common/FormField';
import type { BureauClaimFieldsFragment } from '../../gql/graphql';
import { reviewClaimDocument } from './claim-documents';

const NOTE_NEEDED = '驳回时请填写审核意见，说明不予通过的原因';

/**
 * 批准 / 驳回 one claim with a note (审核意见). A rejection is refused here without a note, before anything is sent;
 * whatever the server refuses is shown beside its field, or in the card when it names none (such as the four-eyes
 * rule on `claimId`). What this account may not do it is told beforehand, from the claim's reviewRights.
 */
export function ReviewControls(props: { claim: BureauClaimFieldsFragment; label: string; onDecided: (message: string) => void }) {
  const { claim } = props;
  const rights = claim.reviewRights;
  // The server's own reason this account may not approve (four eyes, jurisdiction …); null when it may.
  const mayNotApprove = rights.mayApprove ? null : (rights.approveReason ?? '');
  const [note, setNote] = useState('');
  const [check, setCheck] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [result, review] = useMutation(reviewClaimDocument);
  const shown = shownError(result.error);
  const absorption = claim.kind === 'ABSORPTION';

  const decide = async (approve: boolean) => {
    if (!approve && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    const input = { claimId: claim.id, approve, note: note.trim() || null, employmentCheck: absorption && approve ? check.trim() || null : null };
    const outcome = await review({ input });
    if (outcome.data) props.onDecided(`${approve ? '已批准' : '已驳回'}：${props.label}`);
  };

  const idBase = `review-${claim.id}`;
  return (
    <div className="bureau-review">
      {mayNotApprove != null && (
        <p id={`${idBase}-rights`} className="bureau-rights">
          本账号不能批准：{mayNotApprove}
        </p>
      )}
      <FormField id={`${idBase}-note`} label="审核意见" problem={noteMissing ? NOTE_NEEDED : problemOf(shown, 'note')} hint="驳回时必填，申请人能看到">
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      {absorption && (
        <FormField
          id={`${idBase}-check`}
          label="核实方式"
          problem={problemOf(shown, 'employmentCheck')}
          hint="批准吸纳就业补贴时必填，如社保缴费记录、工资流水、实地核查"
        >
          <input type="text" value={check} onChange={(e) => setCheck(e.target.value)} />
        </FormField>
      )}
      <ErrorAlert error={unplacedError(shown, ['note', 'employmentCheck'])} />
      <div className="bureau-buttons">
        <button
          type="button"
          disabled={result.fetching || mayNotApprove != null}
          onClick={() => void decide(true)}
          aria-describedby={mayNotApprove != null ? `${idBase}-rights` : undefined}
        >
          批准
        </button>
        <button type="button" className="secondary" disabled={result.fetching || !rights.mayReject} onClick={() => void decide(false)}>
          驳回
        </button>
      </div>
    </div>
  );
}
