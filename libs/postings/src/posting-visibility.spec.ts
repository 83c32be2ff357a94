import { addDays, chinaToday } from '@app/common';
import { OrganizationKind, publicOrganizationSql } from '@app/organizations';
import { PostingStatus } from './posting-enums.js';
import { isPostingPublic, publicPostingMeiliFilter, publicPostingSql, publicPostingWhere, type PostingVisibilityFacts } from './posting-visibility.js';

const TODAY = '2025-06-15';
const ORG = 'org-1';

const open: PostingVisibilityFacts = { status: PostingStatus.OPEN, organizationId: ORG, validUntil: null };
const welfare: PostingVisibilityFacts = { status: PostingStatus.OPEN, organizationId: null, validUntil: null };
const unverifiedWorkshop = { kind: OrganizationKind.WORKSHOP, verifiedAt: null };
const verifiedWorkshop = { kind: OrganizationKind.WORKSHOP, verifiedAt: new Date() };
const enterprise = { kind: OrganizationKind.ENTERPRISE, verifiedAt: null };

describe('posting visibility, in memory', () => {
  it('shows the open postings of visible organisations, and a bureau’s own welfare posts', () => {
    expect(isPostingPublic(open, enterprise, TODAY)).toBe(true);
    expect(isPostingPublic(open, verifiedWorkshop, TODAY)).toBe(true);
    expect(isPostingPublic(welfare, null, TODAY)).toBe(true);
  });

  it('hides a closed or filled posting', () => {
    expect(isPostingPublic({ ...open, status: PostingStatus.CLOSED }, enterprise, TODAY)).toBe(false);
    expect(isPostingPublic({ ...open, status: PostingStatus.FILLED }, enterprise, TODAY)).toBe(false);
  });

  it('shows a posting up to and including its last day, and hides it from the next day', () => {
    expect(isPostingPublic({ ...open, validUntil: TODAY }, enterprise, TODAY)).toBe(true);
    expect(isPostingPublic({ ...open, validUntil: addDays(TODAY, -1) }, enterprise, TODAY)).toBe(false);
    expect(isPostingPublic({ ...welfare, validUntil: addDays(TODAY, -1) }, null, TODAY)).toBe(false);
  });

  it('counts the last day in China time: at 2026-03-01 01:30 in Beijing (still 2026-02-28 UTC) a posting ending 02-28 is over', () => {
    const today = chinaToday(new Date('2026-02-28T17:30:00Z'));
    expect(today).toBe('2026-03-01');
    expect(isPostingPublic({ ...open, validUntil: '2026-02-28' }, enterprise, today)).toBe(false);
    expect(isPostingPublic({ ...open, validUntil: '2026-03-01' }, enterprise, today)).toBe(true);
  });

  it('hides the postings of an organisation the public may not see (an unverified workshop, or one not loaded)', () => {
    expect(isPostingPublic(open, unverifiedWorkshop, TODAY)).toBe(false);
    expect(isPostingPublic(open, null, TODAY)).toBe(false);
  });
});

describe('posting visibility, as SQL and as a Meilisearch filter', () => {
  it('puts the same three conditions in SQL, on the alias given', () => {
    const sql = publicPostingSql('p', '$2::date');
    expect(sql).toContain(`p.status = 'OPEN'`);
    expect(sql).toContain('(p.valid_until IS NULL OR p.valid_until >= $2::date)');
    expect(sql).toContain(`(p.organization_id IS NULL OR ${publicOrganizationSql('p.organization_id')})`);
    // One bracketed condition, safe to AND or OR with others.
    expect(sql.startsWith('(') && sql.endsWith(')')).toBe(true);
  });

  it('binds today as a TypeORM parameter named after the alias', () => {
    const where = publicPostingWhere('posting', TODAY);
    expect(where.parameters).toEqual({ publicToday_posting: TODAY });
    expect(where.condition).toBe(publicPostingSql('posting', ':publicToday_posting'));
  });

  it('filters the index on status and the last day as a YYYYMMDD number', () => {
    expect(publicPostingMeiliFilter(TODAY)).toBe('(status = "OPEN" AND (validUntil IS NULL OR validUntil >= 20250615))');
  });
});
