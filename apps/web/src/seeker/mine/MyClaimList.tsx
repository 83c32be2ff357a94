import { SUBSIDY_KIND_LABELS } from '../../common/labels-mine';
import { ClaimCard } from '../../common/subsidies/ClaimCard';
import type { MyClaimsFragment } from '../../gql/graphql';

/** 已申请的补贴: each claim paid to the worker, its amount in 元 and where it stands with the bureau. */
export function MyClaimList({ claims }: { claims: MyClaimsFragment['subsidyClaims'] }) {
  return (
    <>
      <h3>已申请的补贴</h3>
      {claims.edges.length === 0 ? (
        <p className="hint">还没有补贴申请。</p>
      ) : (
        <ul className="results">
          {claims.edges.map(({ node: claim }) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              className="mine-item"
              title={SUBSIDY_KIND_LABELS[claim.kind]}
              detail={claim.placement?.posting && ` · ${claim.placement.posting.title}`}
            />
          ))}
        </ul>
      )}
      {claims.totalCount > claims.edges.length && (
        <p className="hint">
          只显示最近 {claims.edges.length} 项，共 {claims.totalCount} 项。
        </p>
      )}
    </>
  );
}
