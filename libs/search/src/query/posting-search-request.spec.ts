import { type PostingSearchRequest, toMeiliSearch } from './posting-search-request.js';

const BASE: PostingSearchRequest = {
  query: '普工',
  textRegion: null,
  benefits: [],
  occupations: [],
  matchAnyWord: false,
  relaxed: [],
  understand: true,
  kinds: [],
  region: null,
  minWage: null,
  near: null,
  partnerProvince: null,
  excludeIds: [],
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  today: '2025-06-01',
};

describe('toMeiliSearch', () => {
  it('always hides postings past their last day and asks for ids and facets only', () => {
    const { q, params } = toMeiliSearch(BASE);
    expect(q).toBe('普工');
    expect(params.filter).toEqual(['(status = "OPEN" AND (validUntil IS NULL OR validUntil >= 20250601))']);
    expect(params.attributesToRetrieve).toEqual(['id', 'shown']);
    expect(params.facets).toEqual(['kind', 'provinceCode']);
    expect(params.sort).toBeUndefined();
    expect(params.matchingStrategy).toBe('all');
  });

  it('filters a region by the code field of its level', () => {
    expect(toMeiliSearch({ ...BASE, region: { code: '440000', level: 'PROVINCE' } }).params.filter).toContain('provinceCode = "440000"');
    expect(toMeiliSearch({ ...BASE, region: { code: '440300', level: 'CITY' } }).params.filter).toContain('cityCode = "440300"');
    expect(toMeiliSearch({ ...BASE, region: { code: '440306', level: 'COUNTY' } }).params.filter).toContain('countyCode = "440306"');
  });

  it('filters kinds, wage and radius', () => {
    const { params } = toMeiliSearch({ ...BASE, kinds: ['WORKSHOP', 'LOCAL'], minWage: 5000, near: { lat: 26.6, lng: 106.7, radiusKm: 12.5 } });
    expect(params.filter).toEqual(expect.arrayContaining(['kind IN ["WORKSHOP", "LOCAL"]', 'wageMax >= 5000', '_geoRadius(26.6, 106.7, 12500)']));
  });

  it('sorts by wage, time or distance', () => {
    expect(toMeiliSearch({ ...BASE, sort: 'WAGE_DESC' }).params.sort).toEqual(['wageMax:desc', 'wageMin:desc']);
    expect(toMeiliSearch({ ...BASE, sort: 'NEWEST' }).params.sort).toEqual(['publishedAt:desc']);
    const byDistance = toMeiliSearch({ ...BASE, sort: 'DISTANCE', near: { lat: 26.6, lng: 106.7, radiusKm: 50 } }).params;
    expect(byDistance.sort).toEqual(['_geoPoint(26.6, 106.7):asc']);
    expect(byDistance.attributesToRetrieve).toEqual(['id', 'shown', '_geo']);
  });

  it('keeps east-west postings recruiting from a province, and leaves out the ids asked', () => {
    const { params } = toMeiliSearch({ ...BASE, partnerProvince: '520000', excludeIds: ['a1', 'b2'] });
    expect(params.filter).toEqual(expect.arrayContaining(['(kind = "EAST_WEST" AND partnerProvinceCodes = "520000")', 'NOT id IN ["a1", "b2"]']));
    expect(toMeiliSearch(BASE).params.filter).toHaveLength(1);
  });

  it('never pages past the hits Meilisearch will rank', () => {
    expect(toMeiliSearch({ ...BASE, offset: 990, limit: 20 }).params.limit).toBe(10);
    expect(toMeiliSearch({ ...BASE, offset: 5000, limit: 20 }).params.limit).toBe(0);
  });
});
