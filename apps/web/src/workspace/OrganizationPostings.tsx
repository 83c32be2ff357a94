import { useQuery } from 'urql';
import { shownError } from '../app/errors';
import { Link } from '../app/router';
import { ErrorAlert } from '../common/ErrorAlert';
import { KIND_LABELS, POSTING_STATUS_LABELS, wageRange } from '../common/labels';
import { graphql } from '../gql';

const postingsDocument = graphql(`
  query OrganizationPostings($organizationId: ID!) {
    postings(filter: { organizationId: $organizationId }, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          kind
          status
          wageMin
          wageMax
          headcount
          openings
        }
      }
    }
  }
`);

/** The employer's own postings, newest first, with how many openings are left. */
export function OrganizationPostings({ organizationId }: { organizationId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: postingsDocument, variables: { organizationId } });
  return (
    <section aria-labelledby="own-postings" className="stack">
      <h2 id="own-postings">本单位岗位</h2>
      <ErrorAlert error={shownError(error)} />
      {fetching && <p className="loading">加载中…</p>}
      {data && data.postings.edges.length === 0 && <p className="hint">还没有发布岗位。</p>}
      {data && data.postings.edges.length > 0 && (
        <ul className="results" aria-label="本单位岗位">
          {data.postings.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <Link href={`/postings/${node.id}`} className="title">
                {node.title}
              </Link>
              <div>
                <span className="badge">{KIND_LABELS[node.kind]}</span> {POSTING_STATUS_LABELS[node.status]} · {wageRange(node.wageMin, node.wageMax)}
              </div>
              <div className="muted">
                招 {node.headcount} 人，还缺 {node.openings} 人
              </div>
            </li>
          ))}
        </ul>
      )}
      {data && data.postings.totalCount > data.postings.edges.length && <p className="hint">共 {data.postings.totalCount} 个，显示最新 50 个。</p>}
    </section>
  );
}
