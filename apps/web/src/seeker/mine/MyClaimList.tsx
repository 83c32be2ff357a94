import { SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import { ClaimList } from '../../common/subsidies/ClaimList';
import type { MyClaimsFragment } from '../../gql/graphql';

/** 已申请的补贴: each claim paid to the worker, its amount in 元 and where it stands with the bureau. */
export function MyClaimList({ claims }: { claims: MyClaimsFragment['subsidyClaims'] }) {
  return (
    <>
      <h3>已申请的补贴</h3>
      <ClaimList
        claims={claims}
        empty="还没有补贴申请。"
        className="mine-item"
        title={(claim) => SUBSIDY_KIND_LABELS[claim.kind]}
        detail={(claim) => claim.placement?.posting && ` · ${claim.placement.posting.title}`}
      />
    </>
  );
}
