import { buildPostingDocument, dateNumber } from './build-posting-document.js';
import { PostingKind, type PostingRecord, PostingStatus, POSTING_VIEW_SHAPE } from '@app/postings';
import { regionSearchNames, shortRegionName } from './region-names.js';

const PATH = [
  { code: '440000', name: '广东省' },
  { code: '440300', name: '深圳市' },
  { code: '440306', name: '宝安区' },
];

function posting(overrides: Partial<PostingRecord> = {}): PostingRecord {
  return {
    id: '0b7e9a57-4c43-4f5f-9d54-7d1b4b4c8a10',
    version: 3,
    kind: PostingKind.EAST_WEST,
    status: PostingStatus.OPEN,
    title: '電子廠普工',
    description: '包吃包住，長期招聘',
    skills: ['焊接', ' '],
    laborBrand: '遵義師傅',
    regionCode: '440306',
    lat: 22.55,
    lng: 113.88,
    wageMin: 4500,
    wageMax: 6500,
    headcount: 10,
    activePlacements: 4,
    partnerRegionCodes: ['520000', '530000', '520000'],
    publishedAt: new Date('2025-03-01T08:00:00Z'),
    validUntil: '2025-12-31',
    organizationId: '5d1c0e2a-9a56-4a57-8f0e-3f7c1b2a4d60',
    contractMonths: 12,
    benefits: ['包吃住'],
    hazardous: false,
    partTime: true,
    closedAt: null,
    ...overrides,
  };
}

describe('buildPostingDocument', () => {
  const document = buildPostingDocument(posting(), '深圳市某某電子有限公司', PATH);

  it('carries id and version, so the index can be compared with PostgreSQL', () => {
    expect(document.id).toBe('0b7e9a57-4c43-4f5f-9d54-7d1b4b4c8a10');
    expect(document.version).toBe(3);
  });

  it('normalises every text field to simplified characters', () => {
    expect(document.title).toBe('电子厂普工');
    // NFKC also turns full-width punctuation into ASCII; both are separators to the tokenizer.
    expect(document.description).toBe('包吃包住,长期招聘');
    expect(document.laborBrand).toBe('遵义师傅');
    expect(document.organizationName).toBe('深圳市某某电子有限公司');
    expect(document.skills).toEqual(['焊接']);
  });

  it('indexes the codes of every region level and the names, official and short', () => {
    expect(document).toMatchObject({ provinceCode: '440000', cityCode: '440300', countyCode: '440306' });
    expect(document.regionNames).toEqual(['广东省', '广东', '深圳市', '深圳', '宝安区', '宝安']);
  });

  it('keeps the filter and sort fields as numbers', () => {
    expect(document).toMatchObject({ kind: 'EAST_WEST', status: 'OPEN', wageMin: 4500, wageMax: 6500, openings: 6, validUntil: 20251231 });
    expect(document.publishedAt).toBe(Date.parse('2025-03-01T08:00:00Z'));
    expect(document.partnerProvinceCodes).toEqual(['520000', '530000']);
  });

  it('adds _geo only when the posting is located', () => {
    expect(document._geo).toEqual({ lat: 22.55, lng: 113.88 });
    expect(buildPostingDocument(posting({ lat: null, lng: null }), null, PATH)).not.toHaveProperty('_geo');
  });

  it('adds pinyin and initials of the title and the labour brand (from the simplified text)', () => {
    expect(document.titlePinyin).toEqual(expect.arrayContaining(['dianzichangpugong', 'pugong']));
    expect(document.titleInitials).toContain('dzcpg');
    expect(document.laborBrandPinyin).toContain('zunyishifu');
    expect(document.laborBrandInitials).toContain('zysf');
  });

  it('holds nothing but the declared fields (no creator, no person, no account)', () => {
    expect(Object.keys(document).sort()).toEqual(
      [
        '_geo',
        'cityCode',
        'countyCode',
        'description',
        'id',
        'kind',
        'laborBrand',
        'laborBrandInitials',
        'laborBrandPinyin',
        'benefitTags',
        'occupations',
        'openings',
        'organizationName',
        'partnerProvinceCodes',
        'provinceCode',
        'publishedAt',
        'regionNames',
        'skills',
        'status',
        'title',
        'titleInitials',
        'titlePinyin',
        'validUntil',
        'version',
        'wageMax',
        'wageMin',
        'shown',
      ].sort(),
    );
  });

  it('keeps the posting as shown (its PostingView), original text and every displayed field, beside the normalised search fields', () => {
    expect(document.shown).toEqual({
      shape: POSTING_VIEW_SHAPE,
      id: '0b7e9a57-4c43-4f5f-9d54-7d1b4b4c8a10',
      kind: 'EAST_WEST',
      status: 'OPEN',
      title: '電子廠普工',
      description: '包吃包住，長期招聘',
      organizationId: '5d1c0e2a-9a56-4a57-8f0e-3f7c1b2a4d60',
      regionCode: '440306',
      location: { lat: 22.55, lng: 113.88 },
      wageMin: 4500,
      wageMax: 6500,
      headcount: 10,
      openings: 6,
      contractMonths: 12,
      skills: ['焊接', ' '],
      benefits: ['包吃住'],
      partnerRegionCodes: ['520000', '530000', '520000'],
      laborBrand: '遵義師傅',
      validUntil: '2025-12-31',
      hazardous: false,
      partTime: true,
      publishedAt: '2025-03-01T08:00:00.000Z',
      closedAt: null,
    });
  });

  it('names the occupation, its broader trade and category, and the benefit tags, from the vocabulary', () => {
    expect(document.occupations).toEqual(expect.arrayContaining(['普工', '生产制造', '电焊工']));
    expect(document.benefitTags).toEqual(expect.arrayContaining(['包吃住', '包吃', '包住']));
    const fitter = buildPostingDocument(posting({ title: '机修钳工', description: '不包住，两班倒', benefits: [] }), null, PATH);
    expect(fitter.occupations).toEqual(expect.arrayContaining(['机修钳工', '钳工']));
    expect(fitter.benefitTags).toEqual(['两班倒']);
  });
  it('is pure: the same input gives the same document', () => {
    expect(buildPostingDocument(posting(), '深圳市某某電子有限公司', PATH)).toEqual(document);
  });

  it('handles a public-welfare post without organisation, brand or end date', () => {
    const welfare = buildPostingDocument(posting({ kind: PostingKind.PUBLIC_WELFARE, laborBrand: null, validUntil: null, partnerRegionCodes: [] }), null, PATH);
    expect(welfare).toMatchObject({ organizationName: null, laborBrand: null, laborBrandPinyin: [], laborBrandInitials: [], validUntil: null });
  });
});

describe('region names', () => {
  it.each([
    ['广东省', '广东'],
    ['广西壮族自治区', '广西'],
    ['深圳市', '深圳'],
    ['黔南布依族苗族自治州', '黔南布依族苗族'],
    ['沙县', '沙县'],
    ['北京市', '北京'],
  ])('%s is also found as %s', (name, short) => {
    expect(shortRegionName(name)).toBe(short);
  });

  it('drops the placeholder 市辖区 and repeats', () => {
    expect(regionSearchNames(['北京市', '市辖区', '朝阳区'])).toEqual(['北京市', '北京', '朝阳区', '朝阳']);
  });

  it('turns dates into sortable numbers', () => {
    expect(dateNumber('2025-01-09')).toBe(20250109);
  });
});
