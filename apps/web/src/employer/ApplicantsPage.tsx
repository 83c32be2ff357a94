import { useMemo } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../app/errors';
import { Link } from '../app/router';
import { ErrorAlert } from '../common/ErrorAlert';
import { APPLICATION_STATUS_LABELS } from '../common/labels-application';
import { graphql } from '../gql';
import { ApplicantRow } from './ApplicantRow';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';

const applicantsDocument = graphql(`
  query PostingApplicants($postingId: ID!) {
    posting(id: $postingId) {
      id
      title
      contractMonths
      openings
      applicantCounts {
        total
        pending
      }
    }
    applications(filter: { postingId: $postingId }, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          createdAt
          rejectReason
          agentOrganizationId
          match {
            score
            reasons
          }
          worker {
            id
            name
            age
            gender
            laborCapacity
            skills
            phone
            hukouRegion {
              fullName
            }
          }
        }
      }
    }
  }
`);

/** 应聘者 of one posting (docs/ui-names.md): who applied, waiting ones first, each with 录用 / 不录用. */
export function ApplicantsPage({ postingId }: { postingId: string }) {
  // A hire answers with a Placement: the list must still learn that the application is now HIRED.
  const context = useMemo(() => ({ additionalTypenames: ['Placement'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: applicantsDocument, variables: { postingId }, context });
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <p>
          <Link href="/employer/postings">← 我的岗位</Link>
        </p>
        {error && <ErrorAlert error={shownError(error)} />}
        {!data && <p className="loading">{fetching ? '加载中…' : ''}</p>}
        {data && (
          <>
            <h1>应聘者：{data.posting.title}</h1>
            <p>
              还缺 {data.posting.openings} 人 · 应聘 {data.posting.applicantCounts?.total ?? data.applications.totalCount} 人，待处理{' '}
              {data.posting.applicantCounts?.pending ?? 0} 人
            </p>
            {data.applications.edges.length === 0 ? (
              <p className="hint">还没有人应聘。</p>
            ) : (
              <ul className="results" aria-label="应聘者">
                {[...data.applications.edges]
                  .sort((a, b) => Number(b.node.status === 'APPLIED') - Number(a.node.status === 'APPLIED'))
                  .map(({ node }) => (
                    <ApplicantRow
                      key={node.id}
                      application={node}
                      contractMonths={data.posting.contractMonths}
                      statusLabel={APPLICATION_STATUS_LABELS[node.status]}
                    />
                  ))}
              </ul>
            )}
          </>
        )}
      </main>
    </EmployerOnly>
  );
}
