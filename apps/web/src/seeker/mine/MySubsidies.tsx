import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { ClaimableSubsidies } from './ClaimableSubsidies';
import { MyClaimList } from './MyClaimList';
import { myPlacementsDocument } from './placements-document';
import { Section } from './Section';
import { eligibilityAlias, mySubsidiesDocument, mySubsidiesVariables, type MySubsidiesData } from './subsidies-document';

/**
 * 我的补贴: the claims paid to the worker, and what the server's assessment of each placement says they may still
 * claim. The placements come from the same query as 我的工作 (urql sends it once), the rest in one more request.
 */
export function MySubsidies() {
  const [placements] = useQuery({ query: myPlacementsDocument });
  // A cancelled placement never counts for anything: nothing to assess.
  const assessed = useMemo(() => placements.data?.placements.edges.map((e) => e.node).filter((p) => p.status !== 'CANCELLED') ?? [], [placements.data]);
  // A new document only when the placements change; urql keys requests by their text and variables anyway.
  const query = useMemo(() => mySubsidiesDocument(assessed.map((p) => p.id)), [assessed]);
  const variables = useMemo(() => mySubsidiesVariables(assessed.map((p) => p.id)), [assessed]);
  const [{ data, error, fetching }, refetch] = useQuery<MySubsidiesData>({ query, variables, pause: !placements.data });

  const failed = placements.error ?? error;
  return (
    <Section id="mine-subsidies" title="我的补贴">
      {!data && (failed ? <ErrorAlert error={shownError(failed)} /> : <p className="loading">{fetching || placements.fetching ? '加载中…' : ''}</p>)}
      {data && (
        <>
          <MyClaimList claims={data.subsidyClaims} />
          <ClaimableSubsidies
            placements={assessed.map((placement) => ({ placement, assessments: data[eligibilityAlias(placement.id)] }))}
            // A new claim moves the subsidy from 还可以申请 to 已申请的补贴: ask the server again, not the cache.
            onClaimed={() => refetch({ requestPolicy: 'network-only' })}
          />
        </>
      )}
    </Section>
  );
}
