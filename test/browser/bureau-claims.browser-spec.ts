import type { Locator, Page } from 'playwright-core';
import { chinaToday } from '@app/common';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import {
  APPROVED_BY_FIRST,
  CORRECTED,
  KIND,
  OWN_BATCH,
  OWN_SINGLE,
  seedBureauClaimsWorld,
  TO_REJECT,
  UNCLAIMED,
  type BureauClaimsWorld,
} from './support/bureau-claims-world.js';
import { describeInBrowser } from './support/chromium.js';
import { checkPage, newContext, VIEWPORTS, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';

const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const TRANSPORT = '一次性交通补助';

/**
 * 补贴审核 (issue 19) in Chromium against the real server: two officers of 惠水县 share the claim work under the
 * four-eyes rule. Officer 1 is told it may not approve what it raised on a worker's behalf, and why (the server's
 * reviewRights), and rejects one only once it has written why; officer 2 approves one claim and then two in a batch;
 * officer 1 is told it may not pay the one it approved itself, pays the approved claims in one batch with that one
 * ticked by hand too, and is refused it alone, beside it; the 应发未发 list
 * raises claims in a batch, one refused because it was claimed meanwhile. axe-clean on a phone and a desktop.
 */
describeInBrowser('Bureau claim review', () => {
  let app: BrowserApp;
  let world: BureauClaimsWorld;

  beforeAll(async () => {
    app = await startBrowserApp('bureau_claims');
    world = await seedBureauClaimsWorld(app);
  }, 90_000);
  afterAll(() => app?.close());

  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function signedIn(officer: 0 | 1, viewport: ViewportName): Promise<Page> {
    const page = await (await newContext(app.browser, app.baseURL, viewport)).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, world.officers[officer].username, '/bureau');
    return page;
  }
  const card = (page: Page, list: string, name: string): Locator =>
    page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: name }).first();
  // Named 选择罗阿妹 · 一次性交通补助 (an unclaimed subsidy's title may add to the kind, e.g. （省外）).
  const pick = (page: Page, name: string) => page.getByRole('checkbox', { name: new RegExp(`^选择\\s*${name} · ${TRANSPORT}`) });
  const statuses = async (names: readonly string[]) => {
    const rows = await app.db.query<{ id: string; status: string }>('SELECT id, status FROM subsidy_claims WHERE id = ANY($1)', [
      names.map((n) => world.claimIds[n]),
    ]);
    return Object.fromEntries(names.map((n) => [n, rows.find((r) => r.id === world.claimIds[n])?.status]));
  };
  const noHorizontalScroll = async (page: Page) => expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  it.each(Object.keys(VIEWPORTS) as ViewportName[])(
    'the three claim pages are accessible and photographed at the %s size',
    async (viewport) => {
      const page = await signedIn(0, viewport);
      for (const [path, name, heading, ready] of [
        ['/bureau/claims', 'bureau-claims-review', '补贴审核', OWN_SINGLE],
        ['/bureau/claims/pay', 'bureau-claims-pay', '补贴发放', APPROVED_BY_FIRST],
        ['/bureau/claims/unclaimed', 'bureau-claims-unclaimed', '应发未发的补贴', UNCLAIMED[0]],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.getByRole('listitem').filter({ hasText: ready }).first().waitFor();
        await page.waitForLoadState('networkidle');
        if (viewport === 'phone') await noHorizontalScroll(page);
        await checkPage(page, name, viewport);
      }
      await page.context().close();
    },
    60_000,
  );

  it('officer 1 is told it may not approve its own submissions and rejects one with a note; officer 2 approves one and then two at once', async () => {
    const first = await signedIn(0, 'phone');
    await first.getByRole('navigation', { name: '人社部门工作' }).getByRole('link', { name: '补贴审核' }).click();
    await first.getByRole('heading', { level: 1, name: '补贴审核' }).waitFor();

    // The evidence a reviewer weighs, on the card: masked ID, the months, 补录, the policy version.
    const own = card(first, '待审核的补贴申请', OWN_SINGLE);
    const evidence = (await own.textContent()) ?? '';
    expect(evidence).toMatch(/\*{4,}/);
    expect(evidence).toContain('已确认在岗 3 个月');
    expect(evidence).toContain('缴纳社保 3 个月');
    expect(evidence).toContain('补录');
    expect(evidence).toContain('500 元');
    expect(evidence).toContain('资金来源衔接推进乡村振兴补助资金（乡村振兴部门审核发放）'); // transport support: SubsidyClaim.fund
    // Evidence corrected after submission: marked, and listed first.
    const list = first.getByRole('list', { name: '待审核的补贴申请' });
    expect(await list.getByRole('listitem').first().textContent()).toContain(CORRECTED);
    await card(first, '待审核的补贴申请', CORRECTED).getByText('证据有变化，须重新审核').waitFor();
    expect(await card(first, '待审核的补贴申请', OWN_SINGLE).getByText('证据有变化').count()).toBe(0);

    // Four eyes: what officer 1 raised on the worker's behalf it may not approve; the page says why (the server's
    // reviewRights), before anything is tried, and 全选 leaves those out.
    await own.getByText('本账号不能批准：代为申领的账号不能审核通过同一份申请').waitFor();
    const approve = own.getByRole('button', { name: '批准', exact: true });
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute('aria-describedby')).toBeTruthy();
    await first.getByText('已选 0 / 4 项（全选不含本账号不能批准的 4 项）').waitFor();
    expect(await first.getByRole('checkbox', { name: '全选' }).isDisabled()).toBe(true);
    await checkPage(first, 'bureau-claims-refused', 'phone');

    // 驳回 needs a note: refused beside 审核意见 before anything is sent, then done with one.
    const reject = card(first, '待审核的补贴申请', TO_REJECT);
    const reviewsSent: string[] = [];
    first.on('request', (request) => {
      if (request.postData()?.includes('BureauReviewClaim')) reviewsSent.push(request.url());
    });
    await reject.getByRole('button', { name: '驳回', exact: true }).click();
    const note = reject.getByRole('textbox', { name: '审核意见' });
    await note.and(first.locator('[aria-invalid="true"]')).waitFor();
    expect(reviewsSent).toEqual([]);
    expect(await statuses([TO_REJECT])).toEqual({ [TO_REJECT]: 'SUBMITTED' });
    await note.fill('2025年10月工资流水与台账不符，请核实后重新申请');
    await reject.getByRole('button', { name: '驳回', exact: true }).click();
    await first
      .getByRole('status')
      .filter({ hasText: `已驳回：${TO_REJECT}` })
      .waitFor();
    expect(await statuses([TO_REJECT])).toEqual({ [TO_REJECT]: 'REJECTED' });
    await first.context().close();

    const second = await signedIn(1, 'phone');
    await second.goto('/bureau/claims');
    const single = card(second, '待审核的补贴申请', OWN_SINGLE);
    await single.getByRole('button', { name: '批准', exact: true }).click();
    await second
      .getByRole('status')
      .filter({ hasText: `已批准：${OWN_SINGLE}` })
      .waitFor();
    await single.waitFor({ state: 'detached' });

    // Officer 2 may approve all that is left: 全选 takes both.
    await second.getByText(`已批准：${OWN_SINGLE}`).waitFor();
    expect(await second.getByText('本账号不能批准').count()).toBe(0);
    await second.getByRole('checkbox', { name: '全选' }).check();
    await second.getByText('已选 2 / 2 项').waitFor();
    for (const name of OWN_BATCH) expect(await pick(second, name).isChecked()).toBe(true);
    await second.getByRole('button', { name: '批量批准' }).click();
    const result = second.getByRole('region', { name: '批量批准结果' });
    await result.getByRole('status').filter({ hasText: '成功 2 项，失败 0 项' }).waitFor();
    await second.getByText('没有等待审核的申请').waitFor();
    await checkPage(second, 'bureau-claims-batch-approved', 'phone');
    expect(await statuses([OWN_SINGLE, ...OWN_BATCH])).toEqual({ [OWN_SINGLE]: 'APPROVED', [OWN_BATCH[0]]: 'APPROVED', [OWN_BATCH[1]]: 'APPROVED' });
    await second.context().close();
  }, 60_000);

  it('officer 1 pays a batch: what officer 2 approved is paid, what it approved itself is refused beside that claim and stays ticked', async () => {
    const page = await signedIn(0, 'phone');
    await page.goto('/bureau/claims/pay');
    await page.getByRole('navigation', { name: '补贴工作' }).getByRole('link', { name: '待发放' }).waitFor();
    // What officer 1 approved itself it may not record as paid: said on the claim, and 全选 leaves it out.
    const own = card(page, '待发放的补贴', APPROVED_BY_FIRST);
    await own.getByText('本账号不能登记发放：审核通过的账号不能登记同一份申请的发放').waitFor();
    await page.getByRole('checkbox', { name: '全选' }).check();
    await page.getByText('已选 3 / 4 项（全选不含本账号不能登记发放的 1 项）').waitFor();
    expect(await pick(page, APPROVED_BY_FIRST).isChecked()).toBe(false);
    // Ticked by hand anyway: the server decides, claim by claim.
    await pick(page, APPROVED_BY_FIRST).check();
    // Blank 凭证号: named beside the field, nothing sent.
    await page.getByRole('button', { name: '批量发放' }).click();
    await page.getByRole('textbox', { name: '凭证号' }).and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await page.getByLabel('发放日期').inputValue()).toBe(chinaToday());
    await page.getByRole('textbox', { name: '凭证号' }).fill('惠财付-2026-118');
    await page.getByRole('button', { name: '批量发放' }).click();

    const result = page.getByRole('region', { name: '批量发放结果' });
    await result.getByRole('status').filter({ hasText: '成功 3 项，失败 1 项' }).waitFor();
    const refused = card(page, '待发放的补贴', APPROVED_BY_FIRST);
    await refused.getByText('未发放：审核通过的账号不能登记同一份申请的发放').waitFor();
    expect(await pick(page, APPROVED_BY_FIRST).isChecked()).toBe(true);
    for (const name of [OWN_SINGLE, ...OWN_BATCH]) await card(page, '待发放的补贴', name).waitFor({ state: 'detached' });
    await noHorizontalScroll(page);
    await checkPage(page, 'bureau-claims-paid', 'phone');
    expect(await statuses([OWN_SINGLE, ...OWN_BATCH, APPROVED_BY_FIRST])).toEqual({
      [OWN_SINGLE]: 'PAID',
      [OWN_BATCH[0]]: 'PAID',
      [OWN_BATCH[1]]: 'PAID',
      [APPROVED_BY_FIRST]: 'APPROVED',
    });
    await page.context().close();
  }, 60_000);

  it("a prefecture's officer decides again on an approved claim whose evidence changed, and narrows the claims to one county", async () => {
    // The employer corrects a month of the approved, still unpaid claim: it must be decided again before payment.
    const month = { placementId: world.placementIds[APPROVED_BY_FIRST], month: '2025-10', employed: true, monthlyWage: 5100, socialInsurancePaid: true };
    await world.employer.ok(CONFIRM, { input: month });
    const page = await (await newContext(app.browser, app.baseURL, 'desktop')).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughPage(page, world.cityUsername, '/bureau');
    await page.goto('/bureau/claims/pay');
    const changed = card(page, '待发放的补贴', APPROVED_BY_FIRST);
    await changed.getByText('证据有变化，须重新审核').waitFor();
    await changed.getByRole('button', { name: '批准', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已批准：${APPROVED_BY_FIRST}` })
      .waitFor();
    await changed.getByText('证据有变化，须重新审核').waitFor({ state: 'detached' });
    const [after] = await app.db.query<{ status: string; needs_review: boolean }>('SELECT status, needs_review FROM subsidy_claims WHERE id = $1', [
      world.claimIds[APPROVED_BY_FIRST],
    ]);
    expect(after).toEqual({ status: 'APPROVED', needs_review: false });

    const region = page.getByRole('group', { name: '地区' });
    const county = region.getByRole('combobox', { name: '县' });
    await county.selectOption('522701'); // 都匀市: none of these people
    await page.getByText('没有等待发放的补贴').waitFor();
    await county.selectOption('522731');
    await card(page, '待发放的补贴', APPROVED_BY_FIRST).waitFor();
    await page.getByRole('navigation', { name: '补贴工作' }).getByRole('link', { name: '应发未发' }).click();
    expect(await county.inputValue()).toBe('522731');
    await card(page, '应发未发的补贴', UNCLAIMED[0]).waitFor();
    await checkPage(page, 'bureau-claims-city', 'desktop');
    await page.context().close();
  });

  it('应发未发: a batch raises the claims nobody made; one claimed meanwhile is refused and stays ticked', async () => {
    const page = await signedIn(0, 'phone');
    await page.goto('/bureau/claims/unclaimed');
    await page.getByLabel('补贴类型').selectOption({ label: TRANSPORT });
    for (const name of UNCLAIMED) await pick(page, name).check();
    // The worker's own claim arrives while the officer is choosing.
    const worker = UNCLAIMED[1];
    await world.officers[1].caller.ok(SUBMIT, { input: { placementId: world.placementIds[worker], kind: KIND } });
    await page.getByRole('button', { name: '批量申领' }).click();

    const result = page.getByRole('region', { name: '批量申领结果' });
    await result.getByRole('status').filter({ hasText: '成功 1 项，失败 1 项' }).waitFor();
    await card(page, '应发未发的补贴', worker).getByText('已为此人申领过').waitFor();
    expect(await pick(page, worker).isChecked()).toBe(true);
    await card(page, '应发未发的补贴', UNCLAIMED[0]).waitFor({ state: 'detached' });
    await checkPage(page, 'bureau-claims-granted', 'phone');
    const raised = await app.db.query<{ status: string }>('SELECT status FROM subsidy_claims WHERE placement_id = $1 AND kind = $2', [
      world.placementIds[UNCLAIMED[0]],
      KIND,
    ]);
    expect(raised).toEqual([{ status: 'SUBMITTED' }]);
    await page.context().close();
  }, 60_000);
});
