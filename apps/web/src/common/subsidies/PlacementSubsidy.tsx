import { useMutation, useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { graphql } from '../../gql';
import type { SubsidyBeneficiary, SubsidyKind } from '../../gql/graphql';
import { ErrorAlert } from '../ErrorAlert';
import { AssessmentItem } from './AssessmentItem';

const eligibilityDocument = graphql(`
  query PlacementSubsidyEligibility($placementId: ID!) {
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
  mutation SubmitPlacementSubsidyClaim($input: SubmitSubsidyClaimInput!) {
    submitSubsidyClaim(input: $input) {
      id
      kind
      status
      amount
    }
  }
`);

/**
 * What `beneficiary` may claim for one placement, as the server assesses it today, and the claim button when it may.
 * Asked for only when opened (subsidyEligibility takes one placement per call): the agency's 跟踪服务补贴, the
 * employer's 吸纳就业补贴.
 */
export function PlacementSubsidy(props: {
  placementId: string;
  beneficiary: SubsidyBeneficiary;
  kinds?: readonly SubsidyKind[];
  claimLabel: (title: string) => string;
  none: string;
  className: string;
  describedBy?: string;
}) {
  const [{ data, error, fetching }] = useQuery({ query: eligibilityDocument, variables: { placementId: props.placementId } });
  const [submitted, submit] = useMutation(submitDocument);
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  const theirs = data.subsidyEligibility.filter((a) => a.beneficiary === props.beneficiary && (!props.kinds || props.kinds.includes(a.kind)));
  if (theirs.length === 0) return <p className="hint">{props.none}</p>;
  return (
    <>
      <ul className={props.className}>
        {theirs.map((a) => (
          <AssessmentItem
            key={`${a.kind}-${a.title}`}
            assessment={a}
            claimLabel={props.claimLabel(a.title)}
            busy={submitted.fetching}
            describedBy={props.describedBy}
            onClaim={submitted.data ? undefined : () => void submit({ input: { placementId: props.placementId, kind: a.kind } })}
          />
        ))}
      </ul>
      {submitted.data && (
        <p className="ok" role="status">
          已提交申请，等待人社部门审核。
        </p>
      )}
      <ErrorAlert error={shownError(submitted.error)} />
    </>
  );
}
