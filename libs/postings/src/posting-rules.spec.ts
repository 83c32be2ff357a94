import { OrganizationKind } from '@app/organizations';
import { PostingKind } from './posting-enums.js';
import { chinaToday, isCalendarDate } from '@app/common';
import { characterCount, kindProblem, normalizeDraft, type PostingDraft, postingProblems, type RuleContext } from './posting-rules.js';

const PROVINCES = new Set(['440000', '520000', '530000', '620000']);
const context: RuleContext = { today: '2025-06-15', isProvince: (code) => PROVINCES.has(code), checkValidUntil: true };

function draft(overrides: Partial<PostingDraft> = {}): PostingDraft {
  return normalizeDraft({
    kind: PostingKind.EAST_WEST,
    title: '电子厂普工',
    description: '长白班，包吃住',
    regionCode: '440306',
    location: { lat: 22.55, lng: 113.88 },
    wageMin: 4500,
    wageMax: 6500,
    headcount: 30,
    contractMonths: 12,
    skills: ['普工'],
    benefits: ['包吃住'],
    partnerRegionCodes: ['520000'],
    laborBrand: null,
    validUntil: '2025-12-31',
    ...overrides,
  });
}

const fieldsOf = (d: PostingDraft, c: RuleContext = context) => postingProblems(d, c).map((p) => p.field);

describe('posting rules', () => {
  it('accepts a well-formed east-west posting', () => {
    expect(postingProblems(draft(), context)).toEqual([]);
  });

  describe('title', () => {
    it('counts characters, not bytes or UTF-16 units', () => {
      expect(characterCount('电子厂普工')).toBe(5);
      expect(characterCount('👷工人')).toBe(3);
    });

    it('accepts 60 Chinese characters and refuses 61', () => {
      expect(fieldsOf(draft({ title: '招'.repeat(60) }))).toEqual([]);
      const problems = postingProblems(draft({ title: '招'.repeat(61) }), context);
      expect(problems).toEqual([
        { field: 'title', reason: 'TITLE_LENGTH', text: { zh: '岗位名称须为 2 到 60 个字（现为 61 个字）', en: expect.stringContaining('it has 61') } },
      ]);
    });

    it('counts an emoji as one character', () => {
      expect(fieldsOf(draft({ title: '👷'.repeat(60) }))).toEqual([]);
    });

    it('trims before counting, so padding cannot make a one-character title long enough', () => {
      expect(fieldsOf(draft({ title: '  工  ' }))).toEqual(['title']);
      expect(normalizeDraft({ ...draft(), title: '  普工  ' }).title).toBe('普工');
    });
  });

  describe('wages and numbers', () => {
    it('needs positive wages with wageMin ≤ wageMax', () => {
      expect(fieldsOf(draft({ wageMin: 0 }))).toEqual(['wageMin']);
      expect(fieldsOf(draft({ wageMin: 7000, wageMax: 6500 }))).toEqual(['wageMin']);
      expect(fieldsOf(draft({ wageMin: 6500, wageMax: 6500 }))).toEqual([]);
      expect(fieldsOf(draft({ wageMin: -5, wageMax: -1 }))).toEqual(['wageMin', 'wageMax']);
    });

    it('needs a headcount of at least 1', () => {
      expect(fieldsOf(draft({ headcount: 0 }))).toEqual(['headcount']);
      expect(fieldsOf(draft({ headcount: 1 }))).toEqual([]);
    });

    it('allows contracts of 1 to 60 months, and at most 12 for public-welfare posts', () => {
      expect(fieldsOf(draft({ contractMonths: 0 }))).toEqual(['contractMonths']);
      expect(fieldsOf(draft({ contractMonths: 60 }))).toEqual([]);
      expect(fieldsOf(draft({ contractMonths: 61 }))).toEqual(['contractMonths']);
      const welfare = { kind: PostingKind.PUBLIC_WELFARE, partnerRegionCodes: [], regionCode: '522731' };
      expect(fieldsOf(draft({ ...welfare, contractMonths: 12 }))).toEqual([]);
      const problems = postingProblems(draft({ ...welfare, contractMonths: 13 }), context);
      expect(problems).toEqual([
        {
          field: 'contractMonths',
          reason: 'WELFARE_CONTRACT_MONTHS_RANGE',
          text: { zh: expect.stringContaining('公益性岗位'), en: expect.stringContaining('public-welfare') },
        },
      ]);
    });
  });

  describe('east-west partners', () => {
    it('needs at least one partner province', () => {
      expect(fieldsOf(draft({ partnerRegionCodes: [] }))).toEqual(['partnerRegionCodes']);
    });

    it('refuses codes that are not provinces, and the posting’s own province', () => {
      expect(fieldsOf(draft({ partnerRegionCodes: ['520100'] }))).toEqual(['partnerRegionCodes']);
      expect(fieldsOf(draft({ partnerRegionCodes: ['990000'] }))).toEqual(['partnerRegionCodes']);
      expect(fieldsOf(draft({ partnerRegionCodes: ['440000'] }))).toEqual(['partnerRegionCodes']);
      expect(fieldsOf(draft({ partnerRegionCodes: ['520000', '530000', '620000'] }))).toEqual([]);
    });

    it('keeps partners to east-west postings', () => {
      expect(fieldsOf(draft({ kind: PostingKind.LOCAL, partnerRegionCodes: ['520000'] }))).toEqual(['partnerRegionCodes']);
      expect(fieldsOf(draft({ kind: PostingKind.LOCAL, partnerRegionCodes: [] }))).toEqual([]);
    });
  });

  describe('location', () => {
    it('must lie inside China, which also catches swapped coordinates', () => {
      expect(fieldsOf(draft({ location: { lat: 48.85, lng: 2.35 } }))).toEqual(['location.lng']);
      expect(fieldsOf(draft({ location: { lat: 113.88, lng: 22.55 } }))).toEqual(['location.lat', 'location.lng']);
      expect(fieldsOf(draft({ location: null }))).toEqual([]);
    });
  });

  describe('validUntil', () => {
    it('must be a real date, not in the past', () => {
      expect(fieldsOf(draft({ validUntil: '2025-06-15' }))).toEqual([]);
      expect(fieldsOf(draft({ validUntil: '2025-06-14' }))).toEqual(['validUntil']);
      expect(fieldsOf(draft({ validUntil: '2025-02-30' }))).toEqual(['validUntil']);
      expect(fieldsOf(draft({ validUntil: '15/06/2025' }))).toEqual(['validUntil']);
      expect(fieldsOf(draft({ validUntil: null }))).toEqual([]);
    });

    it('leaves an old date alone on an edit that does not change it', () => {
      expect(fieldsOf(draft({ validUntil: '2025-01-01' }), { ...context, checkValidUntil: false })).toEqual([]);
    });

    it('knows real calendar dates', () => {
      expect(isCalendarDate('2024-02-29')).toBe(true);
      expect(isCalendarDate('2025-02-29')).toBe(false);
      expect(isCalendarDate('2025-13-01')).toBe(false);
    });

    it('reads today in China time (UTC+8)', () => {
      expect(chinaToday(new Date('2025-06-14T15:59:59Z'))).toBe('2025-06-14');
      expect(chinaToday(new Date('2025-06-14T16:00:00Z'))).toBe('2025-06-15');
    });
  });

  it('reports every problem at once', () => {
    const problems = postingProblems(
      draft({ title: '工', wageMin: 9000, wageMax: 5000, headcount: 0, contractMonths: 99, partnerRegionCodes: [], validUntil: '2020-01-01' }),
      context,
    );
    expect(problems.map((p) => p.field)).toEqual(['title', 'wageMin', 'headcount', 'contractMonths', 'partnerRegionCodes', 'validUntil']);
  });

  it('normalises tags: trimmed, de-duplicated, blanks dropped', () => {
    expect(draft({ skills: [' 普工 ', '普工', '', '电焊'] }).skills).toEqual(['普工', '电焊']);
    expect(fieldsOf(draft({ skills: ['焊'.repeat(31)] }))).toEqual(['skills']);
  });

  describe('who may post which kind', () => {
    it('keeps WORKSHOP postings to workshops and assistance bases', () => {
      expect(kindProblem(PostingKind.WORKSHOP, OrganizationKind.WORKSHOP)).toBeNull();
      expect(kindProblem(PostingKind.WORKSHOP, OrganizationKind.ASSISTANCE_BASE)).toBeNull();
      expect(kindProblem(PostingKind.WORKSHOP, OrganizationKind.ENTERPRISE)?.field).toBe('kind');
      expect(kindProblem(PostingKind.EAST_WEST, OrganizationKind.ENTERPRISE)).toBeNull();
      expect(kindProblem(PostingKind.LOCAL, OrganizationKind.COOPERATIVE)).toBeNull();
    });

    it('refuses agencies, which organise placements rather than employ', () => {
      expect(kindProblem(PostingKind.LOCAL, OrganizationKind.LABOR_AGENCY)?.field).toBe('organizationId');
    });
  });
});
