import { useMutation, useQuery } from 'urql';
import { shownError } from '../app/errors';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert } from '../common/ErrorAlert';
import { KIND_LABELS, POSTING_STATUS_LABELS, wageRange } from '../common/labels';
import { graphql } from '../gql';
import type { EmployerPostingsQuery } from '../gql/graphql';
import { EmployerNav } from './EmployerNav';
import { EmployerOnly } from './EmployerOnly';

const postingsDocument = graphql(`
  query EmployerPostings($organizationId: ID!) {
    postings(filter: { organizationId: $organizationId }, first: 100) {
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
          validUntil
          applicantCounts {
            total
            pending
            hired
          }
        }
      }
    }
  }
`);

const closeDocument = graphql(`
  mutation ClosePosting($id: ID!) {
    closePosting(id: $id) {
      id
      status
    }
  }
`);

const reopenDocument = graphql(`
  mutation ReopenPosting($id: ID!) {
    reopenPosting(id: $id) {
      id
      status
    }
  }
`);

type Row = EmployerPostingsQuery['postings']['edges'][number]['node'];

/** 我的岗位 (docs/ui-names.md): every posting of the organisation with its status, openings and applicants; 发布岗位. */
export function EmployerPostingsPage() {
  const { session } = useSession();
  return (
    <EmployerOnly>
      <main>
        <EmployerNav />
        <h1>我的岗位</h1>
        <p>
          <Link href="/employer/postings/new" className="button">
            发布岗位
          </Link>
        </p>
        {session?.organizationId && <PostingList organizationId={session.organizationId} />}
      </main>
    </EmployerOnly>
  );
}

/** The organisation's postings, newest first (我的岗位, and the employer's 工作台). */
export function PostingList({ organizationId }: { organizationId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: postingsDocument, variables: { organizationId } });
  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '加载中…' : ''}</p>;
  if (data.postings.edges.length === 0) return <p className="hint">还没有发布岗位。点“发布岗位”开始招聘。</p>;
  return (
    <ul className="results" aria-label="我的岗位">
      {data.postings.edges.map(({ node }) => (
        <PostingRow key={node.id} posting={node} />
      ))}
    </ul>
  );
}

function PostingRow({ posting }: { posting: Row }) {
  const [closed, close] = useMutation(closeDocument);
  const [reopened, reopen] = useMutation(reopenDocument);
  const counts = posting.applicantCounts;
  return (
    <li className="card stack">
      <Link href={`/postings/${posting.id}`} className="title">
        {posting.title}
      </Link>
      <div>
        <span className="badge">{KIND_LABELS[posting.kind]}</span> <strong>{POSTING_STATUS_LABELS[posting.status]}</strong> ·{' '}
        {wageRange(posting.wageMin, posting.wageMax)}
      </div>
      <div className="muted">
        招 {posting.headcount} 人，还缺 {posting.openings} 人{posting.validUntil && ` · 有效期至 ${posting.validUntil}`}
      </div>
      {counts && (
        <div>
          应聘 {counts.total} 人，待处理 <strong>{counts.pending}</strong> 人，已录用 {counts.hired} 人
        </div>
      )}
      <div className="row wrap">
        <Link href={`/employer/postings/${posting.id}/applicants`}>应聘者</Link>
        {posting.status !== 'CLOSED' && <Link href={`/employer/postings/${posting.id}/edit`}>编辑</Link>}
        {posting.status !== 'CLOSED' ? (
          <button type="button" className="secondary" disabled={closed.fetching} onClick={() => void close({ id: posting.id })}>
            关闭岗位
          </button>
        ) : (
          <button type="button" className="secondary" disabled={reopened.fetching} onClick={() => void reopen({ id: posting.id })}>
            重新开放
          </button>
        )}
      </div>
      <ErrorAlert error={shownError(closed.error ?? reopened.error)} />
    </li>
  );
}
