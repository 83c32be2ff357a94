import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { shownError } from '../../app/errors';
import { ErrorAlert } from '../../common/ErrorAlert';
import { graphql } from '../../gql';
import type { PostingChoiceFieldsFragment } from '../../gql/graphql';

/** An agency brings workers to public postings: the newest open ones, or those its words find, are enough to pick from on a phone. */
const SHOWN = 100;
const FOUND = 50;
const SEARCH_AFTER_MS = 300;

graphql(`
  fragment PostingChoiceFields on Posting {
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
`);

const openPostingsDocument = graphql(`
  query AgentOpenPostings($first: Int!) {
    postings(filter: { status: OPEN }, first: $first) {
      totalCount
      edges {
        node {
          ...PostingChoiceFields
        }
      }
    }
  }
`);

const foundPostingsDocument = graphql(`
  query AgentFoundPostings($input: SearchPostingsInput!) {
    searchPostings(input: $input) {
      totalCount
      edges {
        node {
          ...PostingChoiceFields
        }
      }
    }
  }
`);

/**
 * 岗位 (docs/ui-names.md): the open postings the agency may see (the public ones), with employer and openings so two
 * postings of the same title can be told apart; 查找岗位 searches them all (as job seekers search: titles, pinyin,
 * places) when the newest hundred are not enough. The chosen posting stays chosen while the words change.
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
  const [words, setWords] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(words.trim()), SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [words]);
  const [newest] = useQuery({ query: openPostingsDocument, variables: { first: SHOWN }, pause: query !== '' });
  const [found] = useQuery({ query: foundPostingsDocument, variables: { input: { query, first: FOUND } }, pause: query === '' });
  const shown = query ? found : newest;
  const list = query ? found.data?.searchPostings : newest.data?.postings;
  const choices: PostingChoiceFieldsFragment[] = list?.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<PostingChoiceFieldsFragment | null>(null);
  // Keep the chosen posting in the list when a search no longer finds it, so the select never silently changes.
  const options = chosen && value === chosen.id && !choices.some((c) => c.id === chosen.id) ? [chosen, ...choices] : choices;
  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>查找岗位</label>
      <input id={`${id}-search`} type="search" value={words} onChange={(e) => setWords(e.target.value)} placeholder="岗位名称、单位或地区" maxLength={50} />
      <label htmlFor={id}>岗位</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          setChosen(options.find((c) => c.id === e.target.value) ?? null);
          onChange(e.target.value);
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      >
        <option value="">{list ? emptyLabel : '加载中…'}</option>
        {options.map((node) => (
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
      <ErrorAlert error={shownError(shown.error)} />
      {list && query && list.totalCount === 0 && <p className="hint">没有找到招聘中的岗位，换个词试试。</p>}
      {list && list.totalCount > list.edges.length && (
        <p className="hint">
          {query
            ? `找到 ${list.totalCount} 个，列出最相关的 ${list.edges.length} 个。`
            : `只列出最新的 ${list.edges.length} 个招聘中的岗位，可以用上面的查找。`}
        </p>
      )}
    </div>
  );
}
