import { buildPostingDocument } from '../documents/build-posting-document.js';
import { PostingKind, type PostingRecord, PostingStatus } from '@app/postings';
import { QueryUnderstanding } from '../query/understand-query.js';
import { Vocabulary, VocabularyError, vocabulary } from './vocabulary.js';

const PATH = [
  { code: '520000', name: '贵州省' },
  { code: '520100', name: '贵阳市' },
  { code: '520115', name: '观山湖区' },
];
const REGIONS = [
  { code: '440000', name: '广东省', parentCode: null },
  { code: '440300', name: '深圳市', parentCode: '440000' },
  { code: '440306', name: '宝安区', parentCode: '440300' },
  { code: '320000', name: '江苏省', parentCode: null },
  { code: '320500', name: '苏州市', parentCode: '320000' },
  { code: '110000', name: '北京市', parentCode: null },
  { code: '110105', name: '朝阳区', parentCode: '110000' },
  { code: '210000', name: '辽宁省', parentCode: null },
  { code: '211300', name: '朝阳市', parentCode: '210000' },
  { code: '220000', name: '吉林省', parentCode: null },
  { code: '220600', name: '白山市', parentCode: '220000' },
  { code: '220623', name: '长白朝鲜族自治县', parentCode: '220600' },
];

function posting(title: string, description = ''): PostingRecord {
  return {
    id: '0b7e9a57-4c43-4f5f-9d54-7d1b4b4c8a10',
    version: 1,
    kind: PostingKind.LOCAL,
    status: PostingStatus.OPEN,
    title,
    description,
    skills: [],
    laborBrand: null,
    regionCode: '520115',
    lat: null,
    lng: null,
    wageMin: 3000,
    wageMax: 4000,
    headcount: 1,
    activePlacements: 0,
    partnerRegionCodes: [],
    publishedAt: new Date('2025-03-01T08:00:00Z'),
    validUntil: null,
    organizationId: '5d1c0e2a-9a56-4a57-8f0e-3f7c1b2a4d60',
    contractMonths: 12,
    benefits: [],
    hazardous: false,
    partTime: false,
    closedAt: null,
  };
}

describe('the vocabulary tables', () => {
  const words = vocabulary();
  const understanding = new QueryUnderstanding(words, REGIONS, () => null);

  it('parse without a problem: every word means one thing, every broader trade, category and implied tag exists', () => {
    expect(words.occupations.length).toBeGreaterThanOrEqual(250);
    expect(words.benefits.length).toBeGreaterThanOrEqual(15);
  });

  it('name every problem of a table at once, in Chinese', () => {
    const broken = () =>
      new Vocabulary({
        categories: '工厂 | 生产制造 | 工厂 |\n装修 | 装饰装修 | 装修 | 没有',
        occupations: '工厂 | 普工 | | 操作工 | | 没有这个\n工地 | 焊工 | | 操作工 | |',
        benefits: '包住 | 包住 | | 包饭',
        fillers: '的、普工',
      });
    expect(broken).toThrow(VocabularyError);
    try {
      broken();
    } catch (error) {
      const problems = (error as VocabularyError).problems.join('\n');
      expect(problems).toContain('“操作工”出现两次');
      expect(problems).toContain('上位工种“没有这个”');
      expect(problems).toContain('类别“工地”不在类别表里');
      expect(problems).toContain('“包饭”不是表里的标签');
      expect(problems).toContain('虚词“普工”');
      expect(problems).toContain('上位类别“没有”');
    }
  });

  // Each entry finds its postings: a posting titled with any of its names is indexed under it, and a query saying any
  // of its names (everyday ones included) is understood as it, so the two meet in the index.
  it.each(vocabulary().occupations.map((o) => [o.name, o] as const))('%s: every name finds postings titled with any other', (_name, occupation) => {
    for (const title of new Set([occupation.name, ...occupation.formal, ...occupation.titles])) {
      const document = buildPostingDocument(posting(title), null, PATH);
      expect(document.occupations).toContain(occupation.name);
    }
    for (const said of [occupation.name, ...occupation.formal, ...occupation.titles, ...occupation.everyday]) {
      expect(understanding.understand(said).occupations).toContain(occupation.name);
    }
  });

  it.each(vocabulary().benefits.map((b) => [b.tag, b] as const))('%s: every written form tags the posting, every form is understood', (tag, benefit) => {
    for (const written of benefit.written) expect(buildPostingDocument(posting('普工', `${written}。`), null, PATH).benefitTags).toContain(tag);
    for (const said of [benefit.tag, ...benefit.written, ...benefit.asked]) expect(understanding.understand(said).benefits).toContain(tag);
  });

  it('finds a category by the words of its parent category too (农活 → 养殖; 养殖场 is not 采茶)', () => {
    const pigs = buildPostingDocument(posting('生猪养殖场饲养员'), null, PATH).occupations;
    expect(pigs).toEqual(expect.arrayContaining(['畜牧养殖', '农林牧渔']));
    expect(buildPostingDocument(posting('采茶工'), null, PATH).occupations).not.toContain('畜牧养殖');
  });

  it('finds the specialised forms of a trade by the trade (钳工 → 机修钳工, 木工 → 模板木工)', () => {
    expect(buildPostingDocument(posting('青岛机械厂机修钳工'), null, PATH).occupations).toContain('钳工');
    expect(buildPostingDocument(posting('模板木工（点工）'), null, PATH).occupations).toContain('木工');
    expect(understanding.understand('钳工').text).toBe('钳工');
  });
});

describe('query understanding', () => {
  const understanding = new QueryUnderstanding(vocabulary(), REGIONS, () => null);

  it('drops fillers and turns everyday words into the occupation', () => {
    expect(understanding.understand('找个打扫卫生的活')).toMatchObject({ text: '保洁员', occupations: ['保洁员'], regions: [], benefits: [] });
    expect(understanding.understand('我想去工厂上班')).toMatchObject({ text: '生产制造', occupations: ['生产制造'] });
    expect(understanding.understand('做饭的').text).toBe('厨师');
  });

  it('takes an unambiguous place for a region, with or without its suffix, and keeps unknown words as text', () => {
    expect(understanding.understand('想去江苏进厂')).toMatchObject({ regions: [{ code: '320000', name: '江苏省' }], occupations: ['生产制造'] });
    expect(understanding.understand('苏州的电子厂')).toMatchObject({ regions: [{ code: '320500' }], text: '电子厂' });
    expect(understanding.understand('广东深圳普工').regions).toEqual([{ code: '440300', name: '深圳市' }]);
  });

  it('leaves an ambiguous place as text, unless another named place settles it', () => {
    expect(understanding.understand('朝阳保姆')).toMatchObject({ regions: [], regionWords: ['朝阳'] });
    expect(understanding.understand('北京朝阳保姆').regions).toEqual([{ code: '110105', name: '朝阳区' }]);
    expect(understanding.understand('广东 苏州').regions).toEqual([]);
  });

  it('matches benefit words before place names: 长白班 is a shift, 长白县 a county', () => {
    expect(understanding.understand('长白班普工')).toMatchObject({ benefits: ['长白班'], regions: [], text: '普工' });
    expect(understanding.understand('长白县护边员').regions).toEqual([{ code: '220623', name: '长白朝鲜族自治县' }]);
  });

  it('turns benefit words into tags', () => {
    expect(understanding.understand('包吃住的普工')).toMatchObject({ benefits: ['包吃住'], text: '普工' });
    expect(understanding.understand('有没有周结的活').benefits).toEqual(['周结']);
  });
});
