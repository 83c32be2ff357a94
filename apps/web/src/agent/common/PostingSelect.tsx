import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';

/** An agency brings workers to public postings: the newest open ones are enough to pick from on a phone. */
const SHOWN = 100;

const openPostingsDocument = graphql(`
  query AgentOpenPostings($first: Int!) {
    postings(filter: { status: OPEN }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          openings
          organization {
            name
          }
          region {
            fullName
          }
        }
      }
    }
  }
`);

/**
 * 岗位 (docs/ui-names.md): the open postings the agency may see (the public ones), with employer and openings so two postings of
 * the same title can be told apart.
 */
export function PostingSelect({
  id,
  value,
  onChange,
  problem,
  emptyLabel = '请选择岗位',
}: {
  id: string;
  value: string;
  onChange: (postingId: string) => void;
  problem?: string;
  emptyLabel?: string;
}) {
  const [{ data, error }] = useQuery({ query: openPostingsDocument, variables: { first: SHOWN } });
  return (
    <div className="field">
      <label htmlFor={id}>岗位</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      >
        <option value="">{data ? emptyLabel : '加载中…'}</option>
        {data?.postings.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.title}（{node.organization?.name ?? node.region.fullName}，剩余 {node.openings} 人）
          </option>
        ))}
      </select>
      {problem && (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      )}
      <ErrorAlert error={shownError(error)} />
      {data && data.postings.totalCount > data.postings.edges.length && <p className="hint">只列出最新的 {data.postings.edges.length} 个招聘中的岗位。</p>}
    </div>
  );
}
