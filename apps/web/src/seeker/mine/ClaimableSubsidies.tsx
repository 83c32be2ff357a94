import { useMutation } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { AssessmentItem } from '../../common/subsidies/AssessmentItem';
import { graphql } from '../../gql';
import type { MyAssessmentFragment, MyPlacementsQuery, SubsidyKind } from '../../gql/graphql';

const submitDocument = graphql(`
  mutation SubmitMySubsidyClaim($input: SubmitSubsidyClaimInput!) {
    submitSubsidyClaim(input: $input) {
      id
      status
    }
  }
`);

type Placement = MyPlacementsQuery['placements']['edges'][number]['node'];

/**
 * 还可以申请: per placement, the subsidies paid to the worker that are not claimed yet, as the server assessed them
 * (its reasons are Chinese: shown as they are). An ELIGIBLE one can be claimed here; the bureau may also claim it on
 * the worker's behalf. Subsidies paid to the employer or the agency are theirs to claim and are not listed.
 */
export function ClaimableSubsidies({
  placements,
  onClaimed,
}: {
  /** `assessments` undefined: the answer for this placement has not arrived yet (its placements just changed). */
  placements: Array<{ placement: Placement; assessments: MyAssessmentFragment[] | undefined }>;
  onClaimed: () => void;
}) {
  const [submitted, submit] = useMutation(submitDocument);
  const claim = (placementId: string, kind: SubsidyKind) =>
    void submit({ input: { placementId, kind } }).then((result) => {
      if (result.data) onClaimed();
    });

  return (
    <>
      <h3>还可以申请</h3>
      {placements.length === 0 && <p className="hint">被录用上岗后，您可以领取的补贴会显示在这里。</p>}
      {placements.length > 0 && (
        <ul className="results">
          {placements.map(({ placement, assessments }) => (
            <PlacementSubsidies key={placement.id} placement={placement} assessments={assessments} busy={submitted.fetching} onClaim={claim} />
          ))}
        </ul>
      )}
      <ErrorAlert error={shownError(submitted.error)} />
      <p className="hint">
        交通补助、求职创业补贴发给您本人：可以在这里申请，也可以请户籍所在县的人社部门代您申请，审核通过后发放。吸纳就业补贴、跟踪服务补贴发给用人单位和劳务机构，由他们申请。
      </p>
    </>
  );
}

function PlacementSubsidies({
  placement,
  assessments,
  busy,
  onClaim,
}: {
  placement: Placement;
  assessments: MyAssessmentFragment[] | undefined;
  busy: boolean;
  onClaim: (placementId: string, kind: SubsidyKind) => void;
}) {
  if (!assessments)
    return (
      <li className="card mine-item">
        <span className="title">{placement.posting?.title ?? '岗位已下线'}</span>
        <p className="loading">加载中…</p>
      </li>
    );
  const own = assessments.filter((a) => a.beneficiary === 'WORKER' && a.status !== 'ALREADY_CLAIMED');
  // No policy in force on the start date: every assessment says the same, so say it once, plainly.
  const gap = assessments.find((a) => a.reasonCode === 'POLICY_GAP');
  return (
    <li className="card mine-item">
      <span className="title">{placement.posting?.title ?? '岗位已下线'}</span>
      {gap ? (
        <p className="mine-note">暂时没有可以申请的补贴：{gap.reason}。新政策发布后会显示在这里。</p>
      ) : own.length === 0 ? (
        <p className="hint">这份工作没有待申请的个人补贴。</p>
      ) : (
        <ul className="mine-subsidies">
          {own.map((a) => (
            <AssessmentItem
              key={`${a.kind}-${a.title}`}
              assessment={a}
              claimLabel={`申请${a.title}`}
              busy={busy}
              onClaim={() => onClaim(placement.id, a.kind)}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
