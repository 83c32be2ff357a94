import { CENTRES, EASTERN, TITLES, WESTERN } from './catalogue.js';
import { between, pick } from './random.js';

export interface BenchQuery {
  label: string;
  input: Record<string, unknown>;
}

const KEYWORDS = ['普工', '厨师', '修脚', '电子厂', '保洁', '护林员', '缝纫工', '月嫂', '快递', '司机', '刺绣', '操作工', '采茶工', '包吃住'];
const PINYIN = ['xiujiao', 'xjs', 'pugong', 'chushi', 'dianzichang', 'baojie'];
const TRADITIONAL = ['廚師', '電子廠', '保潔', '縫紉工'];
const KINDS = Object.keys(TITLES);
/** The cursor of the 20th hit (searchPostings cursors are offsets). */
const PAGE_TWO = Buffer.from(JSON.stringify([19]), 'utf8').toString('base64url');

/** A mix job seekers produce: keywords (Chinese, pinyin, traditional), region and wage filters, nearby searches, sorts. */
export function queryMix(count: number, random: () => number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const shape = i % 8;
    const province = pick(random, [...EASTERN, ...WESTERN]);
    const [lat, lng] = CENTRES[province];
    switch (shape) {
      case 0:
        queries.push({ label: 'keyword', input: { query: pick(random, KEYWORDS) } });
        break;
      case 1:
        queries.push({ label: 'keyword+region', input: { query: pick(random, KEYWORDS), regionCode: province } });
        break;
      case 2:
        queries.push({ label: 'pinyin/traditional', input: { query: pick(random, random() < 0.5 ? PINYIN : TRADITIONAL) } });
        break;
      case 3:
        queries.push({ label: 'filters', input: { kinds: [pick(random, KINDS)], minWage: between(random, 30, 60) * 100, sort: 'WAGE_DESC' } });
        break;
      case 4:
        queries.push({ label: 'nearby', input: { near: { lat, lng, radiusKm: between(random, 20, 150) }, sort: 'DISTANCE' } });
        break;
      case 5:
        queries.push({ label: 'keyword+nearby', input: { query: pick(random, KEYWORDS), near: { lat, lng, radiusKm: between(random, 50, 300) } } });
        break;
      case 6:
        queries.push({
          label: 'two words',
          input: { query: `${pick(random, ['广东', '浙江', '深圳', '贵州', '苏州'])} ${pick(random, KEYWORDS)}`, sort: 'NEWEST' },
        });
        break;
      default:
        queries.push({ label: 'browse page 2', input: { kinds: [pick(random, KINDS)], regionCode: province, first: 20, after: PAGE_TWO } });
    }
  }
  return queries;
}
