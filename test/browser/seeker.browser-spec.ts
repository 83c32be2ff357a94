import type { Locator, Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, VIEWPORTS, type ViewportName } from './support/pages.js';
import { seedSeekerWorld, type SeekerWorld } from './support/seeker-world.js';
import { signInThroughPage } from './support/sign-in.js';

const resultTitles = async (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').getByRole('link').allTextContents();

/** Searches through the form the way a person does: type, then the 搜索 button. */
async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索岗位' }).fill(text);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
}

/** Waits until the page reports this many results (text 共 N 个岗位, docs/ui-names.md). */
async function expectTotal(page: Page, total: number): Promise<void> {
  await page.getByText(`共 ${total} 个岗位`, { exact: true }).waitFor();
}

describeInBrowser('the job seeker in Chromium (issue 17)', () => {
  let app: BrowserApp;
  let world: SeekerWorld;

  beforeAll(async () => {
    app = await startBrowserApp('seeker');
    world = await seedSeekerWorld(app);
  }, 120_000);
  afterAll(() => app?.close());

  async function openPage(viewport: ViewportName): Promise<Page> {
    const context = await newContext(app.browser, app.baseURL, viewport);
    return context.newPage();
  }

  it('a worker on a phone signs in, searches 普工, filters to 广东, applies within 3 taps, sees it under 我的申请 and withdraws it', async () => {
    const page = await openPage('phone');
    await signInThroughPage(page, world.worker.username, '/');
    await search(page, '普工');
    await expectTotal(page, 3);
    expect((await resultTitles(page)).sort()).toEqual(['物流园普工', '服装厂普工', '电子厂普工'].sort());

    await page.getByRole('combobox', { name: '省' }).selectOption({ label: '广东省' });
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expectTotal(page, 2);
    expect((await resultTitles(page)).sort()).toEqual(['服装厂普工', '电子厂普工'].sort());
    await checkPage(page, 'search-worker', 'phone');

    // 面向我省招聘: east-west postings recruiting from the worker's hukou province (贵州).
    await page.getByRole('checkbox', { name: '面向我省招聘' }).check();
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expectTotal(page, 1);
    expect(await resultTitles(page)).toEqual(['电子厂普工']);

    // From the shown result list to a submitted application: every tap counted.
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.tap();
    };
    await tap(page.getByRole('link', { name: '电子厂普工' }));
    await page.getByRole('heading', { level: 1, name: '电子厂普工' }).waitFor();
    await tap(page.getByRole('button', { name: '申请这个岗位' }));
    await page.getByText('已申请', { exact: false }).first().waitFor();
    expect(taps).toBeLessThanOrEqual(3);
    await checkPage(page, 'posting-applied', 'phone');

    // Search can hide what the worker applied to.
    await page.goBack();
    await expectTotal(page, 1);
    await page.getByRole('checkbox', { name: '面向我省招聘' }).uncheck();
    await page.getByRole('checkbox', { name: '不看已申请的' }).check();
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expectTotal(page, 1);
    expect(await resultTitles(page)).toEqual(['服装厂普工']);

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).tap();
    await page.getByRole('heading', { name: '我的申请' }).waitFor();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '电子厂普工' }) });
    await row.getByRole('button', { name: '撤回申请' }).tap();
    await row.getByText('已撤回').waitFor();
    expect(await row.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await page.context().close();
  }, 90_000);

  it('an anonymous visitor finds 修脚师 by pinyin and 厨师 by traditional characters', async () => {
    const page = await openPage('desktop');
    await page.goto('/');
    await search(page, 'xiujiao');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: '修脚师' }).waitFor();
    await search(page, '廚師');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: '酒店厨师' }).waitFor();
    await checkPage(page, 'search-traditional', 'desktop');
    // Anonymous: no worker filters, and the posting page says how to apply instead of a button.
    expect(await page.getByRole('checkbox', { name: '面向我省招聘' }).count()).toBe(0);
    await page.getByRole('link', { name: '酒店厨师' }).click();
    await page.getByRole('heading', { level: 1, name: '酒店厨师' }).waitFor();
    expect(await page.getByRole('button', { name: '申请这个岗位' }).count()).toBe(0);
    await page.getByRole('link', { name: '怎样登记求职' }).waitFor();

    await page.goto('/');
    // A place in the words filters by it, says so, and can be taken back (issue 20: understood, understand: false).
    await search(page, '去广东做普工');
    await page.getByText('已按 广东省 筛选。').waitFor();
    expect((await resultTitles(page)).sort()).toEqual(['服装厂普工', '电子厂普工'].sort());
    await checkPage(page, 'search-understood', 'desktop');
    await page.getByRole('button', { name: '按原词搜索' }).click();
    await page.waitForURL((url) => url.searchParams.get('literal') === '1');
    await page.getByRole('button', { name: '按原词搜索' }).waitFor({ state: 'detached' });
    expect(await page.getByText('已按 广东省 筛选。').count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('a wrong password shows a Chinese alert and keeps the visitor on the sign-in page', async () => {
    const page = await openPage('phone');
    await page.goto('/login');
    await page.getByRole('textbox', { name: '用户名' }).fill(world.worker.username);
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await checkPage(page, 'sign-in-error', 'phone');
    await page.context().close();
  }, 60_000);

  it('registration help names the county bureau and its verified agency with its phone', async () => {
    const page = await openPage('phone');
    await page.goto('/register-help');
    await page.getByRole('combobox', { name: '省' }).selectOption({ label: '贵州省' });
    await page.getByRole('combobox', { name: '市' }).selectOption({ label: '黔南布依族苗族自治州' });
    await page.getByRole('combobox', { name: '县' }).selectOption({ label: '惠水县' });
    await page.getByRole('heading', { name: '到哪里登记' }).waitFor();
    const agency = page.getByRole('listitem').filter({ hasText: world.agency.name });
    await agency.getByRole('link', { name: world.agency.phone }).waitFor();
    await checkPage(page, 'register-help', 'phone');
    await page.context().close();
  }, 60_000);

  it('an employer lands on the workspace and publishes a contact, with a Chinese error beside a wrong phone', async () => {
    const page = await openPage('phone');
    await signInThroughPage(page, world.employer.username, '/workspace');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByLabel('联系电话').fill('电话12');
    await page.getByRole('button', { name: '保存联系方式' }).click();
    const phone = page.getByLabel('联系电话');
    await page.locator('[aria-invalid="true"]').waitFor();
    const described = (await phone.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/[\u4e00-\u9fff]/);
    await phone.fill('0854-6225678');
    await page.getByRole('button', { name: '保存联系方式' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await checkPage(page, 'workspace-employer', 'phone');
    await page.context().close();
  }, 60_000);

  it.each(Object.keys(VIEWPORTS) as ViewportName[])(
    'every page is accessible and photographed at the %s size',
    async (viewport) => {
      const page = await openPage(viewport);
      const visit = async (path: string, name: string, ready: () => Locator) => {
        await page.goto(path);
        await ready().waitFor();
        await checkPage(page, name, viewport);
      };
      await visit('/?q=普工', 'search', () => page.getByText('共 3 个岗位', { exact: true }));
      await visit(`/postings/${world.postingIds['电子厂普工']}`, 'posting', () => page.getByRole('heading', { level: 1, name: '电子厂普工' }));
      await visit('/login', 'sign-in', () => page.getByRole('button', { name: '登录' }));
      await visit('/register-help', 'register-help-empty', () => page.getByRole('combobox', { name: '县' }));
      await visit('/no-such-page', 'not-found', () => page.getByRole('heading', { level: 1 }));
      await signInThroughPage(page, world.worker.username, '/');
      await visit('/me', 'mine', () => page.getByRole('heading', { name: '为我推荐' }));
      await page.getByRole('button', { name: '退出登录' }).click();
      await signInThroughPage(page, world.employer.username, '/workspace');
      await visit('/workspace', 'workspace', () => page.getByRole('heading', { name: '本单位岗位' }));
      await page.context().close();
    },
    120_000,
  );
});
