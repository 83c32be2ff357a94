import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { ASSESSMENT_STATUS_LABELS, chineseDate } from '../../common/labels-mine';
import { graphql } from '../../gql';

const eligibilityDocument = graphql(`
  query AgentTrackingEligibility($placementId: ID!) {
    subsidyEligibility(placementId: $placementId) {
      kind
      beneficiary
      title
      amount
      status
      reason
      eligibleOn
    }
  }
`);

const submitDocument = graphql(`
  mutation AgentSubmitTrackingClaim($input: SubmitSubsidyClaimInput!) {
    submitSubsidyClaim(input: $input) {
      id
      kind
      status
      amount
    }
  }
`);

/**
 * Whether the agency may claim the 一次性跟踪服务补贴 for this placement, as the server assesses it today (contract,
 * social insurance months the employer confirmed, the worker's categories, the policy in force), and 申请跟踪服务补贴
 * when it may. Asked for only when the agent opens it: subsidyEligibility takes one placement per call.
 */
export function TrackingSubsidy({ placementId, describedBy }: { placementId: string; describedBy: string }) {
  const [{ data, error, fetching }] = useQuery({ query: eligibilityDocument, variables: { placementId } });
  const [submitted, submit] = useMutation(submitDocument);
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  const tracking = data.subsidyEligibility.filter((a) => a.kind === 'TRACKING_SERVICE' && a.beneficiary === 'AGENT');
  if (tracking.length === 0) return <p className="hint">现行政策没有跟踪服务补贴。</p>;
  return (
    <>
      <ul className="agent-lines">
        {tracking.map((a) => (
          <li key={a.title}>
            <strong>{a.title}</strong>
            {a.amount !== null && a.amount !== undefined && <span className="wage"> {a.amount} 元</span>}
            <div className={a.status === 'ELIGIBLE' ? 'ok' : undefined}>{ASSESSMENT_STATUS_LABELS[a.status]}</div>
            <div className="muted">{a.reason}</div>
            {a.status === 'PENDING' && a.eligibleOn && <div className="muted">最早 {chineseDate(a.eligibleOn)} 可以申请</div>}
            {a.status === 'ELIGIBLE' && !submitted.data && (
              <button
                type="button"
                onClick={() => void submit({ input: { placementId, kind: 'TRACKING_SERVICE' } })}
                disabled={submitted.fetching}
                aria-describedby={describedBy}
              >
                申请跟踪服务补贴
              </button>
            )}
            {submitted.data && (
              <p className="ok" role="status">
                已提交申请，等待人社部门审核。
              </p>
            )}
          </li>
        ))}
      </ul>
      <ErrorAlert error={shownError(submitted.error)} />
    </>
  );
}
