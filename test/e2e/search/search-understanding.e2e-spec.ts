import { waitForIndexing } from '@app/testing';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../support/isolated-database.js';
import { signUpEmployer, uniquePrefix } from '../../support/search-helpers.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const SEARCH = `query($input: SearchPostingsInput!) {
  searchPostings(input: $input) {
    totalCount
    edges { node { id title } }
    understood { regions { code name } benefits occupations }
    relaxed
  }
}`;

interface Result {
  totalCount: number;
  edges: Array<{ node: { id: string; title: string } }>;
  understood: { regions: Array<{ code: string; name: string }>; benefits: string[]; occupations: string[] };
  relaxed: string[];
}

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';

/**
 * Search that understands how job seekers talk (issue 20): everyday names of occupations, fillers, places, benefit
 * words, and relaxation when nothing matches; on a database and index of this suite's own, so exact lists hold.
 */
describe('searchPostings: understood words and relaxation', () => {
  let db: IsolatedDatabase;
  let t: TestApp;
  let guangdong: Caller;
  let jiangsu: Caller;
  let local: Caller;

  const search = async (input: Record<string, unknown>) => (await t.anonymous.ok<{ searchPostings: Result }>(SEARCH, { input })).searchPostings;
  const titles = (result: Result) => result.edges.map((e) => e.node.title).sort();
  const create = (caller: Caller, input: Record<string, unknown>) =>
    caller.ok(CREATE, { input: { kind: 'LOCAL', description: '', wageMin: 4000, wageMax: 5000, headcount: 5, contractMonths: 12, ...input } });

  beforeAll(async () => {
    db = await createIsolatedDatabase();
    t = await startTestApp({ DATABASE_URL: db.url, MEILI_INDEX_PREFIX: uniquePrefix('understand') });
    guangdong = (await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市宝安精密电子有限公司')).caller;
    jiangsu = (await signUpEmployer(t, 'ENTERPRISE', '320583', '昆山精密机械有限公司')).caller;
    local = (await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳南明餐饮管理有限公司')).caller;
    await create(local, { title: '学校食堂炊事员', regionCode: '520102', description: '负责学生午餐，长白班，食堂包吃。' });
    await create(jiangsu, { title: '机修钳工', regionCode: '320583', description: '设备维修保养，两班倒，包吃住。' });
    await create(guangdong, { title: '电子厂普工', regionCode: '440306', description: '提供免费宿舍，工资周结。', benefits: ['五险一金'] });
    await waitForIndexing({ databaseUrl: db.url });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('finds an occupation by its everyday name, fillers dropped, and says what it understood', async () => {
    const found = await search({ query: '找个做饭的活' });
    expect(titles(found)).toEqual(['学校食堂炊事员']);
    expect(found.understood).toEqual({ regions: [], benefits: [], occupations: ['厨师'] });
    expect(found.relaxed).toEqual([]);
  });

  it('finds the specialised forms of a trade by the trade (钳工 → 机修钳工)', async () => {
    expect(titles(await search({ query: '钳工' }))).toEqual(['机修钳工']);
  });

  it('turns a place in the words into a region filter, only when the caller chose no region', async () => {
    const inSuzhou = await search({ query: '苏州的钳工' });
    expect(titles(inSuzhou)).toEqual(['机修钳工']);
    expect(inSuzhou.understood.regions).toEqual([{ code: '320500', name: '苏州市' }]);
    const factory = await search({ query: '想去广东进厂' });
    expect(titles(factory)).toEqual(['电子厂普工']);
    expect(factory.understood).toMatchObject({ regions: [{ code: '440000', name: '广东省' }], occupations: ['生产制造'] });
    // The caller's region wins: 苏州 is then only a word, and nothing in 贵州 says it.
    const chosen = await search({ query: '苏州 炊事员', regionCode: '520000' });
    expect(chosen.understood.regions).toEqual([]);
  });

  it('turns benefit words into filters on the tags found at indexing time, before place names (长白班 is not 长白县)', async () => {
    const dayShift = await search({ query: '长白班' });
    expect(titles(dayShift)).toEqual(['学校食堂炊事员']);
    expect(dayShift.understood).toEqual({ regions: [], benefits: ['长白班'], occupations: [] });
    // 包吃住 is also 包住, and 免费宿舍 is 包住: the tags come from the description and the ticked benefits.
    expect(titles(await search({ query: '包住的活' }))).toEqual(['机修钳工', '电子厂普工']);
    expect(titles(await search({ query: '有五险一金的' }))).toEqual(['电子厂普工']);
    expect(titles(await search({ query: '周结' }))).toEqual(['电子厂普工']);
  });

  it('relaxes a search that finds nothing: first the region from the words, then the benefits, then all-words matching', async () => {
    const region = await search({ query: '深圳 炊事员' });
    expect(titles(region)).toEqual(['学校食堂炊事员']);
    expect(region.relaxed).toEqual(['REGION']);
    expect(region.understood.regions).toEqual([{ code: '440300', name: '深圳市' }]);
    const benefit = await search({ query: '周结的钳工' });
    expect(titles(benefit)).toEqual(['机修钳工']);
    expect(benefit.relaxed).toEqual(['BENEFITS']);
    const words = await search({ query: '钳工 焊接' });
    expect(titles(words)).toEqual(['机修钳工']);
    expect(words.relaxed).toEqual(['WORDS']);
    expect(words.totalCount).toBe(1);
  });

  it('never relaxes what the caller chose, and searches the words as typed with understand: false (the undo)', async () => {
    const chosen = await search({ query: '钳工', regionCode: '440000' });
    expect(chosen.totalCount).toBe(0);
    expect(chosen.relaxed).toEqual([]);
    const literal = await search({ query: '找个做饭的活', understand: false });
    expect(literal.totalCount).toBe(0);
    expect(literal.understood).toEqual({ regions: [], benefits: [], occupations: [] });
    expect(titles(await search({ query: '苏州的钳工', understand: false }))).toEqual([]);
  });
});
