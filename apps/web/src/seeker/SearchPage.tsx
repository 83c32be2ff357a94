import { useState, type SyntheticEvent } from 'react';
import { useQuery } from 'urql';
import { navigate, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { KIND_LABELS, SORT_LABELS } from '../common/labels';
import { choiceOf, chosenRegion, RegionPicker } from '../common/RegionPicker';
import { graphql } from '../gql';
import type { PostingKind, PostingSearchSort, SearchPostingsInput } from '../gql/graphql';
import { SearchResults } from './SearchResults';
import { readSearchParams, searchHref, type SearchParams } from './search-params';
import { usePosition } from './use-position';

const seekerDocument = graphql(`
  query SearchSeeker($id: ID!) {
    worker(id: $id) {
      id
      location {
        lat
        lng
      }
      hukouRegion {
        code
      }
    }
  }
`);

const NEAR_RADIUS_KM = 50;

/** The home page for visitors and workers: one box, filters, results 20 at a time (加载更多). */
export function SearchPage() {
  const location = useLocation();
  const params = readSearchParams(location);
  const { session } = useSession();
  const workerId = session?.role === 'WORKER' ? session.workerId : null;
  const [{ data: seeker }] = useQuery({ query: seekerDocument, variables: { id: workerId ?? '' }, pause: !workerId });
  const hukouCode = seeker?.worker.hukouRegion.code;
  const { position, denied } = usePosition(params.near || params.sort === 'DISTANCE', seeker?.worker.location);
  const [draft, setDraft] = useState<SearchParams>(params);
  const [shownFor, setShownFor] = useState(location.search);
  if (shownFor !== location.search) {
    // A new search (or back/forward): the form shows it (SearchResults starts again from its first page).
    setShownFor(location.search);
    setDraft(params);
  }

  const input: SearchPostingsInput = {
    query: params.q || undefined,
    kinds: params.kind ? [params.kind] : undefined,
    regionCode: params.region || undefined,
    minWage: params.minWage ? Number(params.minWage) : undefined,
    near: params.near && position ? { lat: position.lat, lng: position.lng, radiusKm: NEAR_RADIUS_KM } : undefined,
    // 面向我省招聘: east-west postings recruiting from the worker's hukou province (any code of it stands for it).
    partnerRegionCode: params.partner && hukouCode ? hukouCode : undefined,
    excludeApplied: workerId && params.hideApplied ? true : undefined,
    understand: !params.literal,
    sort: params.sort === 'DISTANCE' && !position ? 'RELEVANCE' : params.sort,
    first: 20,
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    // A new search is understood again, even after 不按地区筛选 on the previous one.
    navigate(searchHref({ ...draft, literal: false }));
  };
  const set = <K extends keyof SearchParams>(key: K, value: SearchParams[K]) => setDraft({ ...draft, [key]: value });

  return (
    <main>
      <h1 className="visually-hidden">找工作</h1>
      <form role="search" onSubmit={submit} className="stack">
        <div className="row">
          <input
            type="search"
            aria-label="搜索岗位"
            placeholder="岗位、工种或地方，如 普工、puGong、廣東"
            value={draft.q}
            onChange={(e) => set('q', e.target.value)}
          />
          <button type="submit">搜索</button>
        </div>
        <div className="filters">
          <label>
            岗位类型
            <select value={draft.kind} onChange={(e) => set('kind', e.target.value as PostingKind | '')}>
              <option value="">全部</option>
              {Object.entries(KIND_LABELS).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            排序
            <select value={draft.sort} onChange={(e) => set('sort', e.target.value as PostingSearchSort)}>
              {Object.entries(SORT_LABELS).map(([sort, label]) => (
                <option key={sort} value={sort}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <RegionPicker value={choiceOf(draft.region)} onChange={(choice) => set('region', chosenRegion(choice) ?? '')} />
          <label>
            最低月薪
            <input type="number" inputMode="numeric" min={0} max={100000} step={500} value={draft.minWage} onChange={(e) => set('minWage', e.target.value)} />
          </label>
          <label className="check">
            <input type="checkbox" checked={draft.near} onChange={(e) => set('near', e.target.checked)} />
            附近的岗位
          </label>
          {workerId && (
            <>
              <label className="check">
                <input type="checkbox" checked={draft.partner} onChange={(e) => set('partner', e.target.checked)} />
                面向我省招聘
              </label>
              <label className="check">
                <input type="checkbox" checked={draft.hideApplied} onChange={(e) => set('hideApplied', e.target.checked)} />
                不看已申请的
              </label>
            </>
          )}
        </div>
      </form>
      {params.near && !position && <p className="hint">{denied ? '无法获取您的位置，请在浏览器中允许定位，或登录后使用登记的住址。' : '正在获取您的位置…'}</p>}
      {position?.source === 'home' && <p className="hint">按您登记的住址计算距离（{NEAR_RADIUS_KM} 公里内）。</p>}
      <SearchResults key={location.search} input={input} onLiteral={() => navigate(searchHref({ ...params, literal: true }))} />
    </main>
  );
}
