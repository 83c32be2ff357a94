import type { AssessmentStatus } from '../../gql/graphql';
import { ASSESSMENT_STATUS_LABELS, chineseDate } from '../labels-mine';

export interface ShownAssessment {
  title: string;
  amount?: number | null;
  status: AssessmentStatus;
  reason: string;
  eligibleOn?: string | null;
}

/**
 * One subsidy as the server assessed it (its reasons are Chinese: shown as they are), with the claim button when it
 * is ELIGIBLE: the same line for the worker, the agency and the employer, each claiming what is paid to them.
 */
export function AssessmentItem(props: { assessment: ShownAssessment; claimLabel: string; onClaim?: () => void; busy: boolean; describedBy?: string }) {
  const a = props.assessment;
  return (
    <li>
      <div>
        <strong>{a.title}</strong>
        {a.amount !== null && a.amount !== undefined && <span className="wage"> {a.amount} 元</span>}
      </div>
      <div className={a.status === 'ELIGIBLE' ? 'ok' : undefined}>{ASSESSMENT_STATUS_LABELS[a.status]}</div>
      <div className="muted">{a.reason}</div>
      {a.status === 'PENDING' && a.eligibleOn && <div className="muted">最早 {chineseDate(a.eligibleOn)} 可以申请</div>}
      {a.status === 'ELIGIBLE' && props.onClaim && (
        <button type="button" onClick={props.onClaim} disabled={props.busy} aria-describedby={props.describedBy}>
          {props.claimLabel}
        </button>
      )}
    </li>
  );
}
