import type { ReactNode } from 'react';
import { ClaimCard, type ShownClaim } from './ClaimCard';

/**
 * A page of claims (the newest first, as the server lists them), an empty state, and how many more there are: the
 * worker's 已申请的补贴, the agency's 跟踪服务补贴 and the employer's 补贴 all read the same way.
 */
export function ClaimList<Claim extends ShownClaim & { id: string }>(props: {
  claims: { totalCount: number; edges: ReadonlyArray<{ node: Claim }> };
  label?: string;
  empty: string;
  className: string;
  title: (claim: Claim) => ReactNode;
  detail?: (claim: Claim) => ReactNode;
}) {
  const { claims } = props;
  return (
    <>
      {claims.edges.length === 0 ? (
        <p className="hint">{props.empty}</p>
      ) : (
        <ul className="results" aria-label={props.label}>
          {claims.edges.map(({ node: claim }) => (
            <ClaimCard key={claim.id} claim={claim} className={props.className} title={props.title(claim)} detail={props.detail?.(claim)} />
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
