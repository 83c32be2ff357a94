import { addDays, chinaToday } from '@app/common';
import type { Locator, Page } from 'playwright-core';
import { AGENT_EMPLOYER, AGENT_POSTING, AWAITING_CONSENT, LAST_YEAR, NOMINEE, seedAgentWorld, TRAVELLERS, type AgentWorld } from './support/agent-world.js';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';

const APPROVE = 'mutation($id: ID!) { approvePlacementGroup(groupId: $id) { status } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id } }';
const ADD_TO_GROUP = 'mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { status } }';
const EMPLOYER_PLACEMENTS = `query($postingId: ID!) { placements(filter: { postingId: $postingId }, first: 20) {
  totalCount edges { node { groupId organized agent { name } worker { name } } } } }`;
const NOMINATIONS =
  'query($postingId: ID!) { applications(filter: { postingId: $postingId }) { edges { node { status agentOrganizationId worker { name } } } } }';

/**
 * The labour agent's workspace (issue 18) in Chromium against the real server: a verified agency of 惠水县 finds the
 * workers the county bureau entrusted to it with a signed paper consent (not the one still waiting for consent),
 * nominates one for a Shenzhen posting from its recommendations, builds a group of 3 (新建出行组 with a past date
 * first: the Chinese error beside 出发日期), waits for the employer's approval (given through the API: the employer's
 * screens have no group page yet), departs, confirms each arrival, prints the 名单, and finds the 3 placements
 * under 跟踪服务, where it records a follow-up. axe finds nothing on any agent page, on a phone and a desktop.
 */
describeInBrowser('Labour agent workspace', () => {
  let app: BrowserApp;
  let world: AgentWorld;
  let groupPath: string;

  beforeAll(async () => {
    app = await startBrowserApp('agent');
    world = await seedAgentWorld(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  async function signedIn(viewport: ViewportName): Promise<Page> {
    const context = await newContext(app.browser, app.baseURL, viewport);
    const page = await context.newPage();
    // A script error anywhere fails the test that caused it (afterEach), even when the page still looks right.
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, world.agent.username, '/workspace');
    return page;
  }
  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const section = (page: Page, name: string): Locator => page.getByRole('region', { name });
  const card = (list: Locator, text: string): Locator => list.getByRole('listitem').filter({ hasText: text }).first();
  const noHorizontalScroll = async (page: Page) =>
    // (A string: the test is compiled without the DOM library; the page has it.)
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  it('on a phone: workers, a nomination, a group of 3 from approval to arrival, the 名单 and the placements', async () => {
    const page = await signedIn('phone');
    const nav = page.getByRole('navigation', { name: '劳务机构工作' });
    await nav.getByRole('link', { name: '劳动力' }).click();
    await page.getByRole('heading', { level: 1, name: '劳动力' }).waitFor();

    // 劳动力: the four entrusted with a signed consent, phones in full; not the one awaiting her consent.
    const workers = page.getByRole('list', { name: '可组织的劳动者' });
    await workers.waitFor();
    const names = await workers.locator('.title').allTextContents();
    expect(names.sort()).toEqual([...TRAVELLERS, NOMINEE].sort());
    expect(names).not.toContain(AWAITING_CONSENT);
    // She is counted, not named: the agency knows why someone it expected is missing.
    await page.getByText('另有 1 人已由人社部门委托给本机构，正在等待本人在手机上同意').waitFor();
    expect(await page.getByText(AWAITING_CONSENT).count()).toBe(0);
    expect(await card(workers, '杨阿贵').textContent()).toContain(world.phones['杨阿贵']);
    expect(await section(page, '本机构可组织的劳动者').getByRole('status').textContent()).toContain('共 4 人');
    await noHorizontalScroll(page);
    await checkPage(page, 'agent-workers', 'phone');

    // Search on the server: a skill, then part of a name.
    await page.getByRole('textbox', { name: '技能' }).fill('缝纫');
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByText('共 1 人').waitFor();
    expect(await workers.locator('.title').allTextContents()).toEqual(['杨阿贵']);
    await page.getByRole('textbox', { name: '技能' }).fill('');
    await page.getByRole('textbox', { name: '姓名' }).fill('阿芳');
    await page.getByRole('button', { name: '查找' }).click();
    await card(workers, NOMINEE).waitFor();
    expect(await workers.locator('.title').allTextContents()).toEqual([NOMINEE]);

    // For the posting: recommendations with their reasons; 推荐 puts 陈阿芳 forward.
    await section(page, '为岗位推荐劳动者').getByRole('combobox', { name: '岗位' }).selectOption(world.postingId);
    const recommended = page.getByRole('list', { name: '推荐的劳动者' });
    const nominee = card(recommended, NOMINEE);
    await nominee.waitFor();
    expect(await nominee.getByRole('list', { name: '为什么推荐' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await nominee.getByRole('button', { name: '推荐' }).click();
    await nominee.getByRole('status').filter({ hasText: '已推荐' }).waitFor();
    const nominations = (await world.employer.ok(NOMINATIONS, { postingId: world.postingId })).applications.edges;
    expect(nominations).toEqual([{ node: { status: 'APPLIED', agentOrganizationId: world.agent.organizationId, worker: { name: NOMINEE } } }]);
    await checkPage(page, 'agent-recommend', 'phone');

    // 出行组: nothing yet; 新建出行组 with yesterday's date is refused beside 出发日期, in Chinese.
    await nav.getByRole('link', { name: '出行组' }).click();
    await page.getByRole('heading', { level: 1, name: '出行组' }).waitFor();
    await page.getByText('还没有出行组').waitFor();
    const form = section(page, '新建出行组');
    // 查找岗位 narrows the list to what the words find (beyond the newest hundred postings).
    await form.getByRole('searchbox', { name: '查找岗位' }).fill('电子厂装配');
    const postingChoice = form.getByRole('combobox', { name: '岗位' });
    await postingChoice.locator('option', { hasText: AGENT_POSTING }).waitFor({ state: 'attached' });
    await postingChoice.selectOption(world.postingId);
    const date = form.getByLabel('出发日期');
    await date.fill(addDays(chinaToday(), -1));
    await form.getByRole('textbox', { name: '集合地点' }).fill('惠水县易地扶贫搬迁安置点');
    await form.getByRole('combobox', { name: '交通方式' }).fill('包车');
    await form.getByRole('button', { name: '新建出行组' }).click();
    await page.locator('#group-date[aria-invalid="true"]').waitFor();
    const problem = await page.locator('#group-date-problem').textContent();
    expect(problem).toMatch(/[\u4e00-\u9fff]/);
    expect(await date.getAttribute('aria-describedby')).toBe('group-date-problem');
    await noHorizontalScroll(page);
    await checkPage(page, 'agent-groups-error', 'phone');
    await date.fill(chinaToday());
    await form.getByRole('button', { name: '新建出行组' }).click();
    await page.waitForURL(/\/agent\/groups\/[0-9a-f-]{36}$/);
    groupPath = new URL(page.url()).pathname;
    const groupId = groupPath.split('/').pop()!;

    // The group page: waiting for the employer; 加入出行组 with the three travellers ticked.
    await page.getByRole('heading', { level: 1, name: `${AGENT_POSTING} 出行组` }).waitFor();
    const facts = page.locator('dl.facts');
    expect(await facts.textContent()).toContain('等待用人单位确认');
    expect(await facts.textContent()).toContain(AGENT_EMPLOYER);
    const adding = section(page, '加入劳动者');
    for (const name of TRAVELLERS) await adding.getByRole('checkbox', { name: new RegExp(name) }).check();
    expect(await adding.getByRole('checkbox', { name: new RegExp(AWAITING_CONSENT) }).count()).toBe(0);
    await adding.getByRole('button', { name: '加入出行组' }).click();
    const roster = section(page, '名单');
    await roster.getByRole('row').nth(3).waitFor(); // header + 3
    expect(await roster.getByRole('row').count()).toBe(4);
    for (const name of TRAVELLERS) {
      const row = roster.getByRole('row').filter({ hasText: name });
      expect(await row.textContent()).toContain(world.phones[name]);
      // The API never gives an agency an ID number, masked or not: the 名单 says so instead of inventing one.
      expect(await row.textContent()).toContain('不提供');
    }
    expect(await page.getByRole('button', { name: '出发' }).count()).toBe(0);
    await noHorizontalScroll(page);
    await checkPage(page, 'agent-group-forming', 'phone');

    // The employer confirms the roster on its own 出行组 page: 已确认, and 出发 appears for the agent.
    const employerPage = await (await newContext(app.browser, app.baseURL, 'phone')).newPage();
    await signInThroughPage(employerPage, world.employerUsername, '/workspace');
    await employerPage.getByRole('navigation', { name: '用人单位工作' }).getByRole('link', { name: '出行组' }).click();
    const waiting = employerPage.getByRole('list', { name: '待确认的出行组' }).getByRole('listitem').filter({ hasText: AGENT_POSTING }).first();
    // Before departure the employer confirms the number and the date; names open only once the group travels.
    await waiting.getByText(`${TRAVELLERS.length} 人`, { exact: true }).waitFor();
    await checkPage(employerPage, 'employer-groups', 'phone');
    await waiting.getByRole('button', { name: '确认名单' }).click();
    await employerPage.getByRole('list', { name: '其他出行组' }).getByText('已确认，等待出发').waitFor();
    await employerPage.context().close();
    await page.reload();
    await page.getByRole('button', { name: '出发' }).waitFor();
    expect(await facts.textContent()).toContain('已确认');
    await checkPage(page, 'agent-group-approved', 'phone');
    await page.getByRole('button', { name: '出发' }).click();
    await facts.getByText('已出发').waitFor();

    // 确认到达, worker by worker: each creates an organised placement; the last makes the group 已到达.
    const members = page.getByRole('list', { name: '出行组成员' });
    expect(await page.getByLabel('到达日期').inputValue()).toBe(chinaToday());
    await checkPage(page, 'agent-group-departed', 'phone');
    for (const name of TRAVELLERS) {
      const member = card(members, name);
      await member.getByRole('button', { name: '确认到达' }).click();
      await member.getByText('已建立就业记录').waitFor();
    }
    await facts.getByText('已到达').waitFor();
    expect(await page.getByRole('button', { name: '确认到达' }).count()).toBe(0);

    // The 名单 prints alone: no navigation, no buttons; 打印名单 opens the browser's print dialog.
    await page.evaluate('window.print = () => { window.printed = (window.printed || 0) + 1; }');
    await page.getByRole('button', { name: '打印名单' }).click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await roster.getByRole('row').filter({ hasText: TRAVELLERS[0] }).isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/browser/agent-roster-print-phone.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await checkPage(page, 'agent-group-arrived', 'phone');

    // The employer has the 3 placements of the group, organised by the agency (beside last year's from the ledger).
    const placed = (await world.employer.ok(EMPLOYER_PLACEMENTS, { postingId: world.postingId })).placements;
    type Placed = { groupId: string | null; organized: boolean; agent: { name: string }; worker: { name: string } };
    const ofGroup = (placed.edges as Array<{ node: Placed }>).map((e) => e.node).filter((p) => p.groupId === groupId);
    expect(ofGroup.map((p) => p.worker.name).sort()).toEqual([...TRAVELLERS].sort());
    expect(ofGroup.every((p) => p.organized && p.agent.name === '惠水县民安劳务有限公司')).toBe(true);
    expect(placed.totalCount).toBe(4);

    // 跟踪服务: the same 3 placements, no month confirmed yet (only the employer confirms), and a follow-up recorded.
    await nav.getByRole('link', { name: '跟踪服务' }).click();
    await page.getByRole('heading', { level: 1, name: '跟踪服务' }).waitFor();
    const placements = page.getByRole('list', { name: '组织就业的人员' });
    await placements.waitFor();
    // The group's 3 and last year's placement from the ledger.
    await page.getByText('共 4 人次').waitFor();
    for (const name of TRAVELLERS) expect(await card(placements, name).textContent()).toContain('用人单位还没有确认过月份');
    expect(await card(placements, LAST_YEAR).textContent()).toContain('2025年5月：在岗 · 工资 5200 元 · 已缴社保');
    const first = card(placements, TRAVELLERS[0]);
    await first.getByText('记录回访').click();
    // Nothing written: the server's Chinese message is shown beside 回访记录 and announced as its description.
    await first.getByRole('button', { name: '保存回访' }).click();
    const note = first.getByRole('textbox', { name: '回访记录' });
    await first.locator('textarea[aria-invalid="true"]').waitFor();
    const noteProblem = first.locator(`#${(await note.getAttribute('aria-describedby')) ?? 'missing-description'}`);
    expect(await noteProblem.textContent()).toMatch(/[\u4e00-\u9fff]/);
    await first.getByLabel('回访记录').fill('电话回访：已到厂，住宿安排好了，下周一开始上岗培训。');
    await first.getByRole('combobox', { name: '本人是否仍在岗' }).selectOption('yes');
    await first.getByRole('button', { name: '保存回访' }).click();
    await first.getByRole('status').filter({ hasText: '已记录' }).waitFor();
    await first.getByText('住宿安排好了').first().waitFor();
    expect(await first.textContent()).toContain('本人说仍在岗');
    const claims = section(page, '跟踪服务补贴');
    expect(await claims.textContent()).toContain('还没有跟踪服务补贴申请');

    // The subsidy, as the server assesses it: not yet for a worker who arrived today (no insured month), claimable
    // for last year's placement (12-month contract, 3 insured months); claimed, it is listed as submitted.
    const today = card(placements, TRAVELLERS[1]);
    await today.getByText('跟踪服务补贴', { exact: true }).click();
    await today.getByText('一次性跟踪服务补贴').waitFor();
    expect(await today.getByRole('button', { name: '申请跟踪服务补贴' }).count()).toBe(0);
    // 可申请的补贴 gathers what may be claimed now across every organised placement: last year's, not today's.
    const claimable = page.getByRole('list', { name: '可申请的补贴' });
    await card(claimable, LAST_YEAR).waitFor();
    expect(await card(claimable, LAST_YEAR).textContent()).toContain('一次性跟踪服务补贴 500 元');
    expect(await claimable.textContent()).not.toContain(TRAVELLERS[1]);
    const ledger = card(placements, LAST_YEAR);
    await ledger.getByText('跟踪服务补贴', { exact: true }).click();
    await ledger.getByText('可以申请').waitFor();
    expect(await ledger.textContent()).toContain('500 元');
    await checkPage(page, 'agent-placements-subsidy', 'phone');
    await ledger.getByRole('button', { name: '申请跟踪服务补贴' }).click();
    await ledger.getByRole('status').filter({ hasText: '已提交申请' }).waitFor();
    const claim = card(page.getByRole('list', { name: '跟踪服务补贴申请' }), LAST_YEAR);
    await claim.waitFor();
    expect(await claim.textContent()).toContain('500 元');
    expect(await claim.textContent()).toContain('已提交，等待人社部门审核');
    // Claimed, it leaves 可申请的补贴.
    await section(page, '可申请的补贴').getByText('目前没有可以申请的跟踪服务补贴。').waitFor();
    await noHorizontalScroll(page);
    await checkPage(page, 'agent-placements', 'phone');
    await page.context().close();
  });

  it('on a desktop: every agent page as the phone test left it, axe-clean', async () => {
    const page = await signedIn('desktop');
    await page.getByRole('navigation', { name: '劳务机构工作' }).waitFor();
    await checkPage(page, 'agent-workspace', 'desktop');

    await page.goto('/agent/workers');
    await page.getByRole('list', { name: '可组织的劳动者' }).waitFor();
    await checkPage(page, 'agent-workers', 'desktop');

    await page.goto('/agent/groups');
    const arrived = page.getByRole('list', { name: '已到达' });
    await arrived.waitFor();
    expect(await arrived.getByRole('listitem').textContent()).toContain('3 人');
    await checkPage(page, 'agent-groups', 'desktop');

    await page.goto(groupPath);
    await page.getByRole('table', { name: '名单' }).waitFor();
    expect(await page.getByRole('table', { name: '名单' }).getByRole('row').count()).toBe(4);
    await checkPage(page, 'agent-group', 'desktop');

    await page.goto('/agent/placements');
    const placements = page.getByRole('list', { name: '组织就业的人员' });
    await placements.waitFor();
    expect(await card(placements, TRAVELLERS[0]).textContent()).toContain('住宿安排好了');
    expect(await card(page.getByRole('list', { name: '跟踪服务补贴申请' }), LAST_YEAR).textContent()).toContain('500 元');
    await checkPage(page, 'agent-placements', 'desktop');

    // 台账导入: the bureau's import page, worded for the agency (its registrations go to the county bureau for review).
    await page.getByRole('navigation', { name: '劳务机构工作' }).getByRole('link', { name: '台账导入' }).click();
    await page.getByRole('heading', { level: 1, name: '台账导入' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('提交户籍地人社部门核实后生效');
    await page.getByRole('button', { name: '上传台账' }).waitFor();
    await checkPage(page, 'agent-import', 'desktop');
    await page.context().close();
  });

  it('on a phone: a changed trip goes back to the employer, a worker is taken off, the group is called off', async () => {
    const { createPlacementGroup } = await world.agent.caller.ok(CREATE_GROUP, {
      input: { postingId: world.postingId, departureDate: addDays(chinaToday(), 7), departurePoint: '惠水县汽车站', transport: '包车' },
    });
    const id = createPlacementGroup.id as string;
    await world.agent.caller.ok(ADD_TO_GROUP, { input: { groupId: id, workerIds: [world.workerIds[NOMINEE]] } });
    await world.employer.ok(APPROVE, { id });

    const page = await signedIn('phone');
    await page.goto(`/agent/groups/${id}`);
    const facts = page.locator('dl.facts');
    await facts.getByText('已确认').waitFor();
    await page.getByText('修改出行信息').click();
    await page.getByText('修改后需要用人单位重新确认').waitFor();
    await page.getByRole('textbox', { name: '交通方式' }).fill('高铁');
    await page.getByRole('button', { name: '保存出行信息' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await facts.getByText('等待用人单位确认').waitFor();
    expect(await facts.textContent()).toContain('高铁');
    expect(await page.getByRole('button', { name: '出发' }).count()).toBe(0);
    await checkPage(page, 'agent-group-edit', 'phone');

    await card(page.getByRole('list', { name: '出行组成员' }), NOMINEE)
      .getByRole('button', { name: '移出' })
      .click();
    await page.getByRole('heading', { name: '成员（0 人）' }).waitFor();
    // Free again: she can be ticked for this group (or another) once more; the three placed today are not offered.
    const adding = section(page, '加入劳动者');
    await adding.getByRole('checkbox', { name: new RegExp(NOMINEE) }).waitFor();
    expect(await adding.getByRole('checkbox').count()).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '取消出行组' }).click();
    await facts.getByText('已取消').waitFor();
    expect(await page.getByRole('button', { name: '加入出行组' }).count()).toBe(0);
    await page.getByRole('navigation', { name: '劳务机构工作' }).getByRole('link', { name: '出行组' }).click();
    await page
      .getByRole('list', { name: '已取消' })
      .getByRole('link', { name: /惠水县汽车站|出发/ })
      .waitFor();
    await checkPage(page, 'agent-groups', 'phone');
    await page.context().close();
  });

  it('tells another role where to go instead of showing errors', async () => {
    const context = await newContext(app.browser, app.baseURL, 'phone');
    const page = await context.newPage();
    await page.goto('/agent/groups');
    await page.getByRole('heading', { level: 1, name: '劳务机构工作台' }).waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: '登录' }).getAttribute('href')).toBe('/login?next=%2Fagent%2Fgroups');
    await checkPage(page, 'agent-signed-out', 'phone');
    await context.close();
  });
});
