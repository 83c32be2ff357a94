import { addMonthsToMonth, currentMonth } from '@app/common';
import { randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import type { Locator, Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, type ViewportName } from './support/pages.js';
import { signUpEmployer } from '../support/search-helpers.js';
import { TEST_PASSWORD } from '../support/seed-accounts.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const VERIFY_ORGANIZATION = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const POLICIES = 'query($p: String!) { subsidyPolicies(provinceCode: $p) { id validTo } }';
const CREATE_POLICY = 'mutation($input: CreateSubsidyPolicyInput!) { createSubsidyPolicy(input: $input) { id } }';

const WITHDRAWN_TITLE = '电子厂普工（包吃住）';
const KEPT_TITLE = '物流仓库分拣员';
const RECOMMENDED_TITLE = '注塑车间操作工';
const WORK_TITLE = '服装厂缝纫工';
const EMPLOYER = '深圳宝安我的页测试电子有限公司';

/** The month `offset` months from this one, China time. */
const month = (offset: number) => addMonthsToMonth(currentMonth(), offset);

/**
 * 我的 (issue 17) in Chromium against the real server: a 脱贫人口 of 惠水县 signs in through the page, sees their two
 * applications, a job the bureau recorded (补录) with four months its employer confirmed, the transport subsidy a
 * 2026 policy lets them claim, and recommendations with their reasons; withdraws one application (撤回申请) and claims
 * the subsidy; axe finds nothing on the phone and the desktop.
 */
describeInBrowser('我的 (job seeker)', () => {
  let app: BrowserApp;
  let username: string;
  let newcomer: string; // a worker with nothing yet
  let bureauUsername: string;
  let enterSuccessor: () => Promise<void>;

  beforeAll(async () => {
    app = await startBrowserApp('mine');
    const { t, db } = app;
    bureauUsername = await db.insertAccount('BUREAU', '522700'); // 黔南州: the hukou
    const bureau = await t.signIn(bureauUsername, TEST_PASSWORD);
    const province = await t.signIn(await db.insertAccount('BUREAU', '520000'), TEST_PASSWORD); // 贵州省: its policies
    const employer = (await signUpEmployer(t, 'ENTERPRISE', '440306', EMPLOYER)).caller;

    const register = async (name: string, login: string, registrar = bureau) =>
      (
        await registrar.ok(REGISTER_WORKER, {
          input: {
            name,
            idNumber: randomIdNumber('522731'),
            phone: randomMobile(),
            hukouRegionCode: '522731',
            categories: ['POVERTY_ALLEVIATED'],
            categoriesSince: '2020-06-01',
            laborCapacity: 'FULL',
            skills: ['普工'],
            willingToMigrate: true,
            username: login,
            password: TEST_PASSWORD,
          },
        })
      ).registerWorker.id as string;
    username = uniqueUsername('mine');
    const workerId = await register('杨阿花', username);
    // The newcomer was registered by a labour agency: the registration awaits the bureau's review (已提交，待核实).
    const agency = await signUpEmployer(t, 'LABOR_AGENCY', '522731', '惠水县我的页测试劳务公司');
    await bureau.ok(VERIFY_ORGANIZATION, { id: agency.organizationId });
    newcomer = uniqueUsername('new');
    await register('王小妹', newcomer, agency.caller);

    // East-west postings of a Shenzhen employer recruiting from 贵州: the worker applies to two; the third is for matching.
    const posting = async (title: string) => {
      const input = {
        kind: 'EAST_WEST',
        title,
        description: '包吃住，长白班',
        regionCode: '440306',
        wageMin: 5000,
        wageMax: 6500,
        headcount: 5,
        contractMonths: 12,
        partnerRegionCodes: ['520000'],
      };
      return (await employer.ok(CREATE, { input })).createPosting.id as string;
    };
    const worker = await t.signIn(username, TEST_PASSWORD);
    await worker.ok(APPLY, { postingId: await posting(WITHDRAWN_TITLE) });
    await worker.ok(APPLY, { postingId: await posting(KEPT_TITLE) });
    await posting(RECOMMENDED_TITLE);

    // A job since the first of the month four months ago, recorded late (补录) by the bureau; the employer confirms
    // four months worked: four stable months.
    const workPosting = await posting(WORK_TITLE);
    const start = `${month(-4)}-01`;
    const placementId = (
      await bureau.ok(RECORD_LATE, {
        input: { workerId, postingId: workPosting, startDate: start, endDate: null, contractMonths: 12, reason: '县人社局纸质务工台账' },
      })
    ).recordHistoricalPlacement.id;
    for (const m of [month(-4), month(-3), month(-2), month(-1)])
      await employer.ok(CONFIRM, { input: { placementId, month: m, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });

    // Guizhou's shipped policy ended on 2025-12-31: until the province enters a successor (in the phone test), no
    // subsidy can be claimed for a 2026 job.
    const shipped = (await province.ok(POLICIES, { p: '520000' })).subsidyPolicies[0].id as string;
    enterSuccessor = async () => {
      await province.ok(CREATE_POLICY, {
        input: {
          provinceCode: '520000',
          name: '贵州省就业帮扶补贴（测试接续版本）',
          version: 'mine-test',
          validFrom: '2026-01-01',
          validTo: `${month(12)}-01`,
          rules: [
            { kind: 'TRANSPORT', beneficiary: 'WORKER', amount: 400, oncePer: 'PERSON_KIND', conditions: [{ type: 'minStableMonths', months: 3 }] },
            {
              kind: 'EMPLOYMENT_REWARD',
              title: '连续外出务工满6个月奖补',
              beneficiary: 'WORKER',
              amount: 1000,
              oncePer: 'PLACEMENT_KIND',
              conditions: [{ type: 'awayFromHomeContinuousMonths', months: 6 }],
            },
          ],
          supersedesId: shipped,
        },
      });
    };
    await waitForIndexing({ databaseUrl: db.url });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  /** Signs in through the page from 我的 and back; `operations` collects the name of every GraphQL request the page sends. */
  async function openMine(viewport: ViewportName, user = username): Promise<{ page: Page; operations: string[] }> {
    const context = await newContext(app.browser, app.baseURL, viewport);
    const page = await context.newPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '');
    });
    await page.goto('/me');
    // Signed out, 我的 sends the seeker to sign in and back.
    const signIn = page.getByRole('main').getByRole('link', { name: '登录' });
    expect(await signIn.getAttribute('href')).toBe('/login?next=/me');
    await signIn.click();
    await page.getByRole('textbox', { name: '用户名' }).fill(user);
    await page.getByRole('textbox', { name: '密码' }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: '我的' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me');
    return { page, operations };
  }

  /** Every section has answered: none says 加载中… any more. */
  async function loaded(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 3, name: '还可以申请' }).waitFor();
    // Polled from here, not with waitForFunction: a string predicate is evaluated in the page, which the page's own
    // Content-Security-Policy (no unsafe-eval) refuses whenever the first check does not already pass.
    const loading = page.getByText('加载中…');
    for (const deadline = Date.now() + 30_000; (await loading.count()) > 0; await page.waitForTimeout(100)) {
      if (Date.now() > deadline) throw new Error('a section of 我的 is still 加载中… after 30 s');
    }
  }

  const item = (page: Page, section: string, text: string): Locator =>
    page.getByRole('region', { name: section }).getByRole('listitem').filter({ hasText: text }).first();

  it('on a phone: the four parts, withdrawing an application and claiming a subsidy', async () => {
    const { page, operations } = await openMine('phone');
    await loaded(page);
    // One request per section, whatever the number of placements: the placements are shared by 我的工作 and 我的补贴,
    // the eligibility of every placement comes in one aliased query.
    expect(operations.filter((name) => name !== 'SignIn').sort()).toEqual(['MyApplications', 'MyPlacements', 'MyRecommendations', 'MySubsidies']);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['我的申请', '我的工作', '我的补贴', '为我推荐']);

    // 我的申请: accepted by the bureau (no notice), both live, each a link to its posting; withdraw one.
    expect(await page.getByRole('region', { name: '我的申请' }).getByRole('status').count()).toBe(0);
    const withdrawn = item(page, '我的申请', WITHDRAWN_TITLE);
    expect(await withdrawn.getByRole('link', { name: WITHDRAWN_TITLE }).getAttribute('href')).toMatch(/^\/postings\/[0-9a-f-]{36}$/);
    await withdrawn.getByRole('button', { name: '撤回申请' }).click();
    await withdrawn.getByText('已撤回').waitFor();
    expect(await withdrawn.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    const kept = item(page, '我的申请', KEPT_TITLE);
    expect(await kept.textContent()).toContain('已申请，等待用人单位答复');
    expect(await kept.getByRole('button', { name: '撤回申请' }).count()).toBe(1);

    // 我的工作: employer, start date, months confirmed, stable months.
    const work = item(page, '我的工作', WORK_TITLE);
    const workText = (await work.textContent()) ?? '';
    expect(workText).toContain(EMPLOYER);
    const [year, first] = month(-4).split('-').map(Number);
    expect(workText).toContain(`${year}年${first}月1日`);
    expect(workText).toMatch(/确认在岗\s*4 个月/);
    expect(workText).toMatch(/稳定就业\s*4 个月/);

    // 我的补贴: nothing claimed yet, and no Guizhou policy in force for a 2026 start: said once, plainly.
    const subsidies = page.getByRole('region', { name: '我的补贴' });
    expect(await subsidies.textContent()).toContain('还没有补贴申请。');
    expect(await item(page, '我的补贴', WORK_TITLE).textContent()).toContain('暂时没有可以申请的补贴：贵州省政策已于2025-12-31到期');
    expect(await subsidies.getByRole('button').count()).toBe(0);
    await checkPage(page, 'mine-no-policy', 'phone');
    // The province enters a successor: the transport subsidy (3 stable months) can be claimed, the reward for 6 months
    // away waits, with the day it could be claimed; then the claim is listed as submitted.
    await enterSuccessor();
    await page.reload();
    await loaded(page);
    const reward = subsidies.getByRole('listitem').filter({ hasText: '连续外出务工满6个月奖补' }).last(); // not the placement's card
    expect(await reward.textContent()).toContain('条件还没满足');
    expect(await reward.textContent()).toMatch(/最早 \d{4}年\d{1,2}月\d{1,2}日 可以申请/);
    await subsidies.getByRole('button', { name: '申请一次性交通补助' }).click();
    const claim = subsidies.getByRole('listitem').filter({ hasText: '已提交，等待人社部门审核' });
    await claim.waitFor();
    expect(await claim.textContent()).toContain('400 元');
    expect(await subsidies.getByRole('button', { name: '申请一次性交通补助' }).count()).toBe(0);

    // 为我推荐: a posting link with its reasons under 为什么推荐.
    const recommended = item(page, '为我推荐', RECOMMENDED_TITLE);
    await recommended.getByRole('link', { name: RECOMMENDED_TITLE }).waitFor();
    const why = await recommended.getByRole('list', { name: '为什么推荐' }).getByRole('listitem').allTextContents();
    expect(why).toContain('东西部劳务协作对口岗位，面向本省招聘');
    // One the worker applied to says so.
    expect(await item(page, '为我推荐', KEPT_TITLE).textContent()).toContain('已申请');

    // Nothing wider than a 360 px screen.
    // (A string: the test is compiled without the DOM library; the page has it.)
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await checkPage(page, 'mine-worker', 'phone');
    await page.context().close();
  });

  it('on a desktop: the withdrawn application and the claim stay as the phone test left them', async () => {
    const { page } = await openMine('desktop');
    await loaded(page);
    expect(await item(page, '我的申请', WITHDRAWN_TITLE).textContent()).toContain('已撤回');
    expect(await item(page, '我的申请', KEPT_TITLE).getByRole('button', { name: '撤回申请' }).count()).toBe(1);
    const subsidies = page.getByRole('region', { name: '我的补贴' });
    const claim = subsidies.getByRole('listitem').filter({ hasText: '已提交，等待人社部门审核' });
    expect(await claim.textContent()).toContain('一次性交通补助');
    expect(await claim.textContent()).toContain('400 元');
    expect(await subsidies.getByRole('button', { name: '申请一次性交通补助' }).count()).toBe(0);
    await checkPage(page, 'mine-worker', 'desktop');
    await page.context().close();
  });

  it('says what is still to come for a newcomer awaiting review, and sends other accounts to 工作台', async () => {
    const { page } = await openMine('phone', newcomer);
    await loaded(page);
    const applications = page.getByRole('region', { name: '我的申请' });
    expect(await applications.getByRole('status').textContent()).toContain('正在等待户籍所在地人社部门核实');
    expect(await applications.textContent()).toContain('还没有申请。');
    expect(await applications.getByRole('link', { name: '去找工作' }).getAttribute('href')).toBe('/');
    expect(await page.getByRole('region', { name: '我的工作' }).textContent()).toContain('还没有录用记录');
    const subsidies = (await page.getByRole('region', { name: '我的补贴' }).textContent()) ?? '';
    expect(subsidies).toContain('还没有补贴申请。');
    expect(subsidies).toContain('被录用上岗后');
    await checkPage(page, 'mine-empty', 'phone');
    await page.context().close();

    // A bureau officer who opens 我的 is pointed to the workspace, and no seeker's section is asked for.
    const staff = await openMine('phone', bureauUsername);
    const workspace = staff.page.getByRole('main').getByRole('link', { name: '工作台' });
    expect(await workspace.getAttribute('href')).toBe('/workspace');
    expect(await staff.page.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(staff.operations.filter((name) => name.startsWith('My'))).toEqual([]);
    await checkPage(staff.page, 'mine-staff', 'phone');
    await staff.page.context().close();
  });
});
