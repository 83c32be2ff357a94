import type { PostingKind, PostingSearchSort } from '../gql/graphql';

/** What a search asks for, kept in the address (?q=普工&region=440000), so back, reload and sharing keep it. */
export interface SearchParams {
  q: string;
  kind: PostingKind | '';
  region: string;
  minWage: string;
  near: boolean;
  partner: boolean;
  hideApplied: boolean;
  /** Take the words as typed: no place, benefit or occupation read out of them (the undo of 已按 广东 筛选). */
  literal: boolean;
  sort: PostingSearchSort;
}

const KINDS: readonly string[] = ['EAST_WEST', 'WORKSHOP', 'PUBLIC_WELFARE', 'LOCAL'];
const SORTS: readonly string[] = ['RELEVANCE', 'WAGE_DESC', 'NEWEST', 'DISTANCE'];

export function readSearchParams(url: URL): SearchParams {
  const get = (name: string) => url.searchParams.get(name) ?? '';
  const kind = get('kind');
  const sort = get('sort');
  return {
    q: get('q'),
    kind: KINDS.includes(kind) ? (kind as PostingKind) : '',
    region: /^\d{6}$/.test(get('region')) ? get('region') : '',
    minWage: /^\d{1,6}$/.test(get('minWage')) ? get('minWage') : '',
    near: get('near') === '1',
    partner: get('partner') === '1',
    hideApplied: get('hideApplied') === '1',
    literal: get('literal') === '1',
    sort: SORTS.includes(sort) ? (sort as PostingSearchSort) : 'RELEVANCE',
  };
}

export function searchHref(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q.trim()) query.set('q', params.q.trim());
  if (params.kind) query.set('kind', params.kind);
  if (params.region) query.set('region', params.region);
  if (params.minWage) query.set('minWage', params.minWage);
  if (params.near) query.set('near', '1');
  if (params.partner) query.set('partner', '1');
  if (params.hideApplied) query.set('hideApplied', '1');
  if (params.literal) query.set('literal', '1');
  if (params.sort !== 'RELEVANCE') query.set('sort', params.sort);
  const text = query.toString();
  return text ? `/?${text}` : '/';
}
