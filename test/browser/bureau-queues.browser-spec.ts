import { addDays, chinaToday } from '@app/common';
import type { Locator, Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import {
  DECLARED,
  DECLARED_EXTRA,
  EARLIER_RETURNEE,
  EMPLOYED,
  HOUSEHOLD_MEMBERS,
  LONG_AGO_RETURNEE,
  RECENT_RETURNEE,
  REVEAL_NOTE,
  seedBureauQueuesWorld,
  UNVERIFIED_AGENCY,
  WORKSHOP,
  WORKSHOP_POSTING,
  type BureauQueuesWorld,
} from './support/bureau-queues-world.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';

const ROUNDS = 'query($id: ID!) { worker(id: $id) { recommendationRounds { postingIds } } }';
const SEARCH = 'query($q: String!) { searchPostings(input: { query: $q }) { edges { node { id title } } } }';
const CATEGORIES = 'query($id: ID!) { worker(id: $id) { categoriesVerified declaredCategories } }';
const MASKED_ID = /522731\*{11}[0-9X]/;

/**
 * The county bureau's work queues (issue 19) in Chromium against the real server, on 惠水县's own data (seeded through
 * the API): returnees newest return first with their households and a round of postings recorded; the 零就业家庭
 * without the household where someone works. axe finds nothing on any queue, on a phone and a desktop.
 */
describeInBrowser('Bureau work queues', () => {
  let app: BrowserApp;
  let world: BureauQueuesWorld;

  beforeAll(async () => {
    app = await startBrowserApp('bureau_queues');
    world = await seedBureauQueuesWorld(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function signedIn(viewport: ViewportName, username = world.bureauUsername): Promise<Page> {
    const context = await newContext(app.browser, app.baseURL, viewport);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, username, '/bureau');
    return page;
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: '人社部门工作' });
  const card = (list: Locator, text: string): Locator => list.getByRole('listitem').filter({ hasText: text }).first();
  const titles = (list: Locator) => list.locator(':scope > li > .title').allTextContents();
  const noHorizontalScroll = async (page: Page) => expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  it('on a phone: returnees newest first with their households, a round of postings recorded; the 零就业家庭', async () => {
    const page = await signedIn('phone');
    await nav(page).getByRole('link', { name: '返乡回流' }).click();
    await page.getByRole('heading', { level: 1, name: '返乡回流' }).waitFor();

    // The last three months: newest return first (the server pages by registration, 吴阿牛 after 杨阿贵), not 张阿六.
    const returnees = page.getByRole('list', { name: '返乡人员' });
    await returnees.waitFor();
    expect(await titles(returnees)).toEqual([RECENT_RETURNEE, EARLIER_RETURNEE]);
    const recent = card(returnees, RECENT_RETURNEE);
    expect(await recent.textContent()).toContain('零就业家庭');
    expect(await recent.textContent()).toMatch(MASKED_ID);
    const household = recent.getByRole('list', { name: `${RECENT_RETURNEE}的家庭成员` });
    for (const member of HOUSEHOLD_MEMBERS) expect(await household.getByRole('listitem').filter({ hasText: member }).textContent()).toMatch(MASKED_ID);
    expect(await household.getByRole('listitem').filter({ hasText: HOUSEHOLD_MEMBERS[0] }).textContent()).toContain('弱劳动力');
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-returnees', 'phone');

    // Further back: 张阿六, who came home five months ago, last.
    await page.getByLabel('返乡日期从').fill(addDays(chinaToday(), -200));
    await card(returnees, LONG_AGO_RETURNEE).waitFor();
    expect(await titles(returnees)).toEqual([RECENT_RETURNEE, EARLIER_RETURNEE, LONG_AGO_RETURNEE]);
    expect(await page.getByRole('status').filter({ hasText: '共 3 人' }).count()).toBe(1);

    // 推荐岗位 for 杨阿贵, then 记录已推送: the round is on his record.
    await recent.getByRole('button', { name: '推荐岗位' }).click();
    const matches = recent.getByRole('list', { name: `为${RECENT_RETURNEE}推荐的岗位` });
    await matches.waitFor();
    expect(await matches.getByRole('link').count()).toBeGreaterThan(0);
    await recent.getByRole('button', { name: '记录已推送' }).click();
    await recent.getByRole('status').filter({ hasText: '已记录第 1 轮推送' }).waitFor();
    const rounds = (await world.bureau.ok(ROUNDS, { id: world.workerIds[RECENT_RETURNEE] })).worker.recommendationRounds;
    expect(rounds).toHaveLength(1);
    expect(rounds[0].postingIds.length).toBe(await matches.getByRole('link').count());
    await checkPage(page, 'bureau-returnee-recommended', 'phone');

    // 零就业家庭: the three returnees' households, each member with the masked ID; not 陈阿华's, where she works.
    await nav(page).getByRole('link', { name: '零就业家庭' }).click();
    await page.getByRole('heading', { level: 1, name: '零就业家庭' }).waitFor();
    const households = page.getByRole('list', { name: '零就业家庭' });
    await households.waitFor();
    expect((await titles(households)).sort()).toEqual(
      [`${RECENT_RETURNEE}家（3 人）`, `${EARLIER_RETURNEE}家（1 人）`, `${LONG_AGO_RETURNEE}家（1 人）`].sort(),
    );
    expect(await households.textContent()).not.toContain(EMPLOYED);
    expect(await page.getByRole('status').filter({ hasText: '共 3 户' }).count()).toBe(1);
    const members = households.getByRole('list', { name: `${RECENT_RETURNEE}家（3 人）的成员` });
    expect(await members.getByRole('listitem').count()).toBe(3);
    const weak = members.getByRole('listitem').filter({ hasText: HOUSEHOLD_MEMBERS[0] });
    expect(await weak.textContent()).toMatch(MASKED_ID);
    expect(await weak.textContent()).toContain('弱劳动力');
    expect(await members.getByRole('listitem').filter({ hasText: RECENT_RETURNEE }).textContent()).toContain('返乡');
    await weak.getByRole('button', { name: '推荐岗位' }).click();
    await weak.getByRole('list', { name: `为${HOUSEHOLD_MEMBERS[0]}推荐的岗位` }).waitFor();
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-households', 'phone');
  });

  it('on a phone: 认定 a workshop, whose posting then appears in the public search', async () => {
    const publicIds = async () =>
      ((await app.t.anonymous.ok(SEARCH, { q: '苗绣' })).searchPostings.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);
    expect(await publicIds()).not.toContain(world.workshopPostingId);

    const page = await signedIn('phone');
    await nav(page).getByRole('link', { name: '待认定机构' }).click();
    await page.getByRole('heading', { level: 1, name: '待认定机构' }).waitFor();
    // Unverified ones of 惠水县 only: not the agency the bureau already verified, not the Shenzhen employer outside it.
    const queue = page.getByRole('list', { name: '待认定的机构' });
    await queue.waitFor();
    expect((await titles(queue)).sort()).toEqual([UNVERIFIED_AGENCY, WORKSHOP].sort());
    const workshop = card(queue, WORKSHOP);
    expect(await workshop.textContent()).toContain('就业帮扶车间');
    expect(await workshop.textContent()).toContain('1 个（招聘中 1 个）');
    expect(await workshop.textContent()).toMatch(/统一社会信用代码\s*[0-9A-Z]{18}/);
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-organizations', 'phone');

    // 类型 narrows the queue on the server; 认定 keeps the row, now 已认定.
    await page.getByRole('combobox', { name: '类型' }).selectOption({ label: '就业帮扶车间' });
    await page.getByRole('status').filter({ hasText: '共 1 家' }).waitFor();
    expect(await titles(queue)).toEqual([WORKSHOP]);
    await workshop.getByRole('button', { name: '认定' }).click();
    await workshop.getByRole('status').filter({ hasText: '已认定' }).waitFor();
    expect(await workshop.getByRole('button', { name: '认定' }).count()).toBe(0);
    // The queue no longer counts it, and says why the row is still there.
    await page.getByRole('status').filter({ hasText: '共 0 家；本次已认定 1 家' }).waitFor();
    await checkPage(page, 'bureau-organization-verified', 'phone');

    // Its posting is public now: the search index follows (polled), and the search page lists it.
    const deadline = Date.now() + 20_000;
    while (!(await publicIds()).includes(world.workshopPostingId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await publicIds()).toContain(world.workshopPostingId);
    await page.goto('/?q=苗绣');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: WORKSHOP_POSTING }).waitFor();
  });

  it('on a phone: 核实 the categories an agency declared, found on the second page (加载更多)', async () => {
    const page = await signedIn('phone');
    await nav(page).getByRole('link', { name: '待核实类别' }).click();
    await page.getByRole('heading', { level: 1, name: '待核实类别' }).waitFor();
    const queue = page.getByRole('list', { name: '类别待核实的人员' });
    await queue.waitFor();
    // Newest registration first, 20 a page: 韦阿花, registered first, is on the second.
    await page
      .getByRole('status')
      .filter({ hasText: `共 ${DECLARED_EXTRA + 1} 人，已显示 20 人` })
      .waitFor();
    expect(await titles(queue)).not.toContain(DECLARED);
    expect(await card(queue, '待核实01号').textContent()).toContain('监测对象');
    await page.getByRole('button', { name: '加载更多' }).click();
    const declared = card(queue, DECLARED);
    await declared.waitFor();
    expect(await titles(queue)).toHaveLength(DECLARED_EXTRA + 1);
    expect(await page.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    expect(await declared.textContent()).toContain('农村低保');
    expect(await declared.textContent()).toMatch(MASKED_ID);
    expect(await declared.textContent()).toContain('登记待审核');

    await declared.getByRole('button', { name: '核实' }).click();
    await declared.getByRole('status').filter({ hasText: '已核实' }).waitFor();
    expect((await world.bureau.ok(CATEGORIES, { id: world.workerIds[DECLARED] })).worker).toEqual({ categoriesVerified: true, declaredCategories: [] });
    await page
      .getByRole('status')
      .filter({ hasText: `共 ${DECLARED_EXTRA} 人` })
      .filter({ hasText: '本次已核实 1 人' })
      .waitFor();
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-categories', 'phone');
  });

  it('on a phone: the ID reveal the bureau made, with its purpose and note, never the number', async () => {
    const page = await signedIn('phone');
    await nav(page).getByRole('link', { name: '身份证查看记录' }).click();
    await page.getByRole('heading', { level: 1, name: '身份证查看记录' }).waitFor();
    const reveals = page.getByRole('list', { name: '身份证查看记录' });
    await reveals.waitFor();
    expect(await titles(reveals)).toEqual([RECENT_RETURNEE]);
    const reveal = card(reveals, RECENT_RETURNEE);
    const text = (await reveal.textContent()) ?? '';
    expect(text).toContain(REVEAL_NOTE);
    expect(text).toContain(`${world.bureauUsername}（人社部门，本账号）`);
    expect(text).toMatch(MASKED_ID);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(await page.content()).not.toContain(world.idNumbers[RECENT_RETURNEE]);
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-reveals', 'phone');
  });

  it("on a phone: the prefecture's bureau narrows a queue to a county; an empty county says so", async () => {
    const page = await signedIn('phone', world.cityBureauUsername);
    await nav(page).getByRole('link', { name: '零就业家庭' }).click();
    const households = page.getByRole('list', { name: '零就业家庭' });
    await households.waitFor();
    const region = page.getByRole('group', { name: '地区' });
    expect(await region.getByRole('combobox', { name: '市' }).count()).toBe(0);
    await region.getByRole('combobox', { name: '县' }).selectOption('522731');
    await page.getByRole('status').filter({ hasText: '共 3 户' }).waitFor();
    await region.getByRole('combobox', { name: '县' }).selectOption('522701');
    await page.getByText('目前没有零就业家庭。').waitFor();
    expect(await households.count()).toBe(0);
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-households-empty', 'phone');
  });

  it('signed out, a queue asks for a bureau account and shows nothing of the jurisdiction', async () => {
    const page = await (await newContext(app.browser, app.baseURL, 'phone')).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/bureau/returnees');
    await page.getByRole('heading', { level: 1, name: '人社部门工作台' }).waitFor();
    expect(await page.getByRole('link', { name: '登录' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('list', { name: '返乡人员' }).count()).toBe(0);
    expect(await page.getByText(RECENT_RETURNEE).count()).toBe(0);
    await page.context().close();
  });

  it('on a desktop: every queue passes axe too', async () => {
    const page = await signedIn('desktop');
    await nav(page).getByRole('link', { name: '返乡回流' }).click();
    await card(page.getByRole('list', { name: '返乡人员' }), RECENT_RETURNEE).waitFor();
    await checkPage(page, 'bureau-returnees', 'desktop');
    await nav(page).getByRole('link', { name: '零就业家庭' }).click();
    await card(page.getByRole('list', { name: '零就业家庭' }), RECENT_RETURNEE).waitFor();
    await checkPage(page, 'bureau-households', 'desktop');
    await nav(page).getByRole('link', { name: '待认定机构' }).click();
    await card(page.getByRole('list', { name: '待认定的机构' }), UNVERIFIED_AGENCY).waitFor();
    await checkPage(page, 'bureau-organizations', 'desktop');
    await nav(page).getByRole('link', { name: '待核实类别' }).click();
    await card(page.getByRole('list', { name: '类别待核实的人员' }), '待核实01号').waitFor();
    await checkPage(page, 'bureau-categories', 'desktop');
    await nav(page).getByRole('link', { name: '身份证查看记录' }).click();
    await card(page.getByRole('list', { name: '身份证查看记录' }), RECENT_RETURNEE).waitFor();
    await checkPage(page, 'bureau-reveals', 'desktop');
  });
});
