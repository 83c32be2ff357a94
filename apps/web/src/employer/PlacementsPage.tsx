import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../app/errors';
import { ErrorAlert } from '../common/ErrorAlert';
import { graphql } from '../gql';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';
import { PlacementRow } from './PlacementRow';

const placementsDocument = graphql(`
  query EmployerPlacements {
    placements(first: 100) {
      totalCount
      edges {
        node {
          id
          status
          startDate
          endDate
          endReason
          contractMonths
          stableMonths
          socialInsuranceMonths
          organized
          posting {
            id
            title
          }
          worker {
            id
            name
            phone
          }
          confirmations {
            month
            employed
          }
        }
      }
    }
  }
`);

/** 在岗人员 (docs/ui-names.md): the organisation's placements with the months it confirmed; ending or cancelling one. */
export function PlacementsPage() {
  const context = useMemo(() => ({ additionalTypenames: ['Placement'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: placementsDocument, context });
  const placements = data?.placements.edges.map((edge) => edge.node) ?? [];
  const live = placements.filter((p) => p.status === 'ACTIVE' || p.status === 'UPCOMING');
  const past = placements.filter((p) => p.status === 'ENDED' || p.status === 'CANCELLED');
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <h1>在岗人员</h1>
        {error && <ErrorAlert error={shownError(error)} />}
        {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
        {data && (
          <>
            <p>
              在岗及待入职 {live.length} 人
              {data.placements.totalCount > placements.length && `（显示最新 ${placements.length} 条，共 ${data.placements.totalCount} 条）`}
            </p>
            {live.length === 0 ? (
              <p className="hint">还没有在岗人员。在“我的岗位”里录用应聘者后会出现在这里。</p>
            ) : (
              <ul className="results" aria-label="在岗人员">
                {live.map((placement) => (
                  <PlacementRow key={placement.id} placement={placement} />
                ))}
              </ul>
            )}
            {past.length > 0 && (
              <section aria-labelledby="past-placements">
                <h2 id="past-placements">已离岗或已取消</h2>
                <ul className="results" aria-label="已离岗或已取消">
                  {past.map((placement) => (
                    <PlacementRow key={placement.id} placement={placement} />
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </main>
    </EmployerOnly>
  );
}
