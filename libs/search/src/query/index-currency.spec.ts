import { PostingKind, PostingStatus, postingViewToJson, type PostingViewJson } from '@app/postings';
import { pendingChangesOf, servableFromIndex } from './index-currency.js';

const shown = (organizationId: string | null): PostingViewJson =>
  postingViewToJson({
    id: 'p1',
    kind: PostingKind.LOCAL,
    status: PostingStatus.OPEN,
    title: '厨师',
    description: '',
    organizationId,
    regionCode: '520102',
    location: null,
    wageMin: 4000,
    wageMax: 5000,
    headcount: 2,
    openings: 2,
    contractMonths: 12,
    skills: [],
    benefits: [],
    partnerRegionCodes: [],
    laborBrand: null,
    validUntil: null,
    hazardous: false,
    partTime: false,
    publishedAt: new Date('2026-01-01T00:00:00.000Z'),
    closedAt: null,
  });

describe('servableFromIndex', () => {
  const none = pendingChangesOf([]);

  it('serves a document when nothing pending touches it', () => {
    expect(servableFromIndex({ id: 'p1', shown: shown('o1') }, none)).toBe(true);
    expect(
      servableFromIndex(
        { id: 'p1', shown: shown(null) },
        pendingChangesOf([
          { aggregate: 'posting', id: 'p2' },
          { aggregate: 'organization', id: 'o2' },
        ]),
      ),
    ).toBe(true);
  });

  it('reads PostgreSQL for a posting with a pending change, or whose organisation has one', () => {
    expect(servableFromIndex({ id: 'p1', shown: shown('o1') }, pendingChangesOf([{ aggregate: 'posting', id: 'p1' }]))).toBe(false);
    expect(servableFromIndex({ id: 'p1', shown: shown('o1') }, pendingChangesOf([{ aggregate: 'organization', id: 'o1' }]))).toBe(false);
  });

  it('trusts nothing while a row of another kind is pending (an index rebuild), or when the check is unknown', () => {
    expect(servableFromIndex({ id: 'p1', shown: shown('o1') }, pendingChangesOf([{ aggregate: 'search-reindex', id: 'r1' }]))).toBe(false);
    expect(servableFromIndex({ id: 'p1', shown: shown('o1') }, null)).toBe(false);
  });

  it('reads PostgreSQL for a document written before it carried the posting as shown, or in an older shape', () => {
    expect(servableFromIndex({ id: 'p1' }, none)).toBe(false);
    // What documents held before PostingView: the entity's columns, with activePlacements instead of openings.
    const { shape: _shape, openings: _openings, ...older } = shown('o1');
    expect(servableFromIndex({ id: 'p1', shown: { ...older, activePlacements: 0 } }, none)).toBe(false);
    expect(servableFromIndex({ id: 'p1', shown: { ...shown('o1'), shape: 1 } }, none)).toBe(false);
  });
});
