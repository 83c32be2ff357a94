import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { shownError, type ShownError } from '../app/errors';
import { Link } from '../app/router';
import { ErrorAlert } from '../common/ErrorAlert';
import { KIND_LABELS, wageRange } from '../common/labels';
import { graphql } from '../gql';
import type { SearchPostingsInput, SearchRelaxation, SearchResultsQuery } from '../gql/graphql';

const searchDocument = graphql(`
  query SearchResults($input: SearchPostingsInput!) {
    searchPostings(input: $input) {
      totalCount
      relaxed
      understood {
        regions {
          code
          name
        }
        benefits
        occupations
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      facets {
        kinds {
          value
          count
        }
        provinces {
          code
          name
          count
        }
      }
      edges {
        cursor
        distanceKm
        node {
          id
          title
          kind
          wageMin
          wageMax
          openings
          organization {
            name
          }
          region {
            fullName
          }
          myApplication {
            status
          }
        }
      }
    }
  }
`);

type Edge = SearchResultsQuery['searchPostings']['edges'][number];

/** 搜索结果 (docs/ui-names.md): the first page by query, each further page by its cursor on 加载更多. */
export function SearchResults({ input, onLiteral }: { input: SearchPostingsInput; onLiteral: () => void }) {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: searchDocument, variables: { input } });
  const [more, setMore] = useState<{ edges: Edge[]; endCursor: string | null | undefined; hasNextPage: boolean } | null>(null);
  const [moreError, setMoreError] = useState<ShownError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  if (error) return <ErrorAlert error={shownError(error)} />;
  if (!data) return <p className="loading">{fetching ? '搜索中…' : ''}</p>;
  const result = data.searchPostings;
  const edges = [...result.edges, ...(more?.edges ?? [])];
  const pageInfo = more ?? result.pageInfo;

  const loadMore = async () => {
    setLoadingMore(true);
    const next = await client.query(searchDocument, { input: { ...input, after: pageInfo.endCursor } }).toPromise();
    setLoadingMore(false);
    setMoreError(shownError(next.error));
    if (!next.data) return;
    const page = next.data.searchPostings;
    setMore({ edges: [...(more?.edges ?? []), ...page.edges], endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage });
  };

  return (
    <section aria-label="结果">
      <p aria-live="polite">共 {result.totalCount} 个岗位</p>
      <Understood result={result} onLiteral={onLiteral} />
      {result.facets.kinds.length > 1 && (
        <p className="facets">
          {result.facets.kinds.map((facet) => `${KIND_LABELS[facet.value]} ${facet.count}`).join(' · ')}
          {result.facets.provinces.length > 0 &&
            ` ｜ ${result.facets.provinces
              .slice(0, 5)
              .map((p) => `${p.name} ${p.count}`)
              .join(' · ')}`}
        </p>
      )}
      {edges.length === 0 ? (
        <p className="hint">没有找到符合条件的岗位。试试更短的词、拼音，或去掉一些筛选条件。</p>
      ) : (
        <ul className="results" aria-label="搜索结果">
          {edges.map((edge) => (
            <ResultItem key={edge.node.id} edge={edge} />
          ))}
        </ul>
      )}
      <ErrorAlert error={moreError} />
      {pageInfo.hasNextPage && (
        <button type="button" className="secondary more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? '加载中…' : '加载更多'}
        </button>
      )}
    </section>
  );
}

const RELAXED: Record<SearchRelaxation, string> = { REGION: '地区', BENEFITS: '福利条件', WORDS: '部分词语' };

/** What search read out of the words (已按 广东省 筛选), with a way to take them literally; and what it had to relax. */
function Understood({ result, onLiteral }: { result: SearchResultsQuery['searchPostings']; onLiteral: () => void }) {
  const { regions, benefits, occupations } = result.understood;
  const read = regions.length > 0 || benefits.length > 0 || occupations.length > 0;
  if (!read && result.relaxed.length === 0) return null;
  return (
    <div className="understood hint">
      {regions.length > 0 && <p>已按 {regions.map((r) => r.name).join('、')} 筛选。</p>}
      {benefits.length > 0 && <p>只看写明 {benefits.join('、')} 的岗位。</p>}
      {occupations.length > 0 && <p>也搜了：{occupations.join('、')}。</p>}
      {result.relaxed.length > 0 && <p>没有完全符合的岗位，已放宽{result.relaxed.map((r) => RELAXED[r]).join('、')}。</p>}
      {read && (
        <button type="button" className="secondary" onClick={onLiteral}>
          按原词搜索
        </button>
      )}
    </div>
  );
}

function ResultItem({ edge }: { edge: Edge }) {
  const posting = edge.node;
  return (
    <li className="card">
      <Link href={`/postings/${posting.id}`} className="title">
        {posting.title}
      </Link>
      <div>
        <span className="badge">{KIND_LABELS[posting.kind]}</span>
        <span className="wage">{wageRange(posting.wageMin, posting.wageMax)}</span>
        {posting.myApplication && posting.myApplication.status !== 'WITHDRAWN' && <span className="ok"> 已申请</span>}
      </div>
      <div className="muted">
        {posting.organization?.name ?? '县人社部门'} · {posting.region.fullName}
        {edge.distanceKm != null && ` · 约 ${edge.distanceKm.toFixed(1)} 公里`}
      </div>
    </li>
  );
}
