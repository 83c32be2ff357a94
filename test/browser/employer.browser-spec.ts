import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from './support/browser-app.js';
import { describeInBrowser } from './support/chromium.js';
import { seedEmployerWorld, type EmployerWorld } from './support/employer-world.js';
import { checkPage, newContext, VIEWPORTS, type ViewportName } from './support/pages.js';
import { signInThroughPage } from './support/sign-in.js';

/** The Chinese message beside a field: the element its aria-describedby names. */
async function problemBeside(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label, { exact: true });
  await control.and(page.locator('[aria-invalid="true"]')).waitFor();
  const described = (await control.getAttribute('aria-describedby')) ?? '';
  const id = described.split(' ').find((part) => part.endsWith('-problem')) ?? '';
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

describeInBrowser('the employer in Chromium (issue 18)', () => {
  let app: BrowserApp;
  let world: EmployerWorld;

  beforeAll(async () => {
    app = await startBrowserApp('employer');
    world = await seedEmployerWorld(app);
  }, 120_000);
  afterAll(() => app?.close());

  it('publishes a posting after fixing two wrong fields, hires an applicant and confirms last month for everyone at once', async () => {
    const page = await (await newContext(app.browser, app.baseURL, 'phone')).newPage();
    await signInThroughPage(page, world.username, '/workspace');
    await page.getByRole('navigation', { name: '用人单位工作' }).getByRole('link', { name: '我的岗位' }).click();
    await page.getByRole('heading', { level: 1, name: '我的岗位' }).waitFor();
    await page.getByRole('link', { name: '发布岗位' }).click();

    // Two wrong fields: the wage range reversed, and a workplace that is only a province.
    await page.getByLabel('岗位名称').fill('冷库搬运工');
    await page.getByLabel('岗位类型').selectOption({ label: '本地岗位' });
    await page.getByRole('group', { name: '工作地点' }).getByRole('combobox', { name: '省' }).selectOption({ label: '广东省' });
    await page.getByLabel('月薪下限').fill('7000');
    await page.getByLabel('月薪上限').fill('6000');
    await page.getByLabel('招聘人数').fill('8');
    expect(await problemBeside(page, '月薪下限')).toMatch(/最低工资不能高于最高工资/);
    await page.locator('#posting-region-problem').waitFor();
    expect(await page.locator('#posting-region-problem').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await checkPage(page, 'posting-form-errors', 'phone');

    await page.getByLabel('月薪下限').fill('5000');
    const region = page.getByRole('group', { name: '工作地点' });
    await region.getByRole('combobox', { name: '市' }).selectOption({ label: '深圳市' });
    await region.getByRole('combobox', { name: '县' }).selectOption({ label: '宝安区' });
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '我的岗位' }).waitFor();
    await page.getByRole('list', { name: '我的岗位' }).getByRole('link', { name: '冷库搬运工', exact: true }).waitFor();

    // 编辑: the form opens with what was published; a wrong change is shown beside its field, a right one is saved.
    const published = page.getByRole('list', { name: '我的岗位' }).getByRole('listitem').filter({ hasText: '冷库搬运工' });
    await published.getByRole('link', { name: '编辑', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '编辑岗位' }).waitFor();
    expect(await page.getByLabel('岗位名称').inputValue()).toBe('冷库搬运工');
    expect(await page.getByLabel('岗位类型').isDisabled()).toBe(true);
    expect(await page.getByRole('group', { name: '工作地点' }).getByRole('combobox', { name: '县' }).inputValue()).toBe('440306');
    await page.getByLabel('月薪上限').fill('4000');
    expect(await problemBeside(page, '月薪下限')).toMatch(/最低工资不能高于最高工资/);
    await page.getByLabel('月薪上限').fill('6500');
    await page.getByLabel('招聘人数').fill('10');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '我的岗位' }).waitFor();
    const saved = page.getByRole('list', { name: '我的岗位' }).getByRole('listitem').filter({ hasText: '冷库搬运工' });
    await saved.getByText('招 10 人').waitFor();
    expect(await saved.textContent()).toContain('5000–6500元/月');

    // Hire the one applicant still waiting.
    const posting = page.getByRole('list', { name: '我的岗位' }).getByRole('listitem').filter({ hasText: world.postingTitle });
    await posting.getByRole('link', { name: '应聘者', exact: true }).click();
    const applicant = page.getByRole('listitem').filter({ hasText: world.applicantName }).first();
    // 为什么推荐 for applicants too: the match score and its reasons, as recommendWorkers gives them.
    await applicant.getByText('匹配度').waitFor();
    expect(
      await applicant
        .getByRole('list', { name: `${world.applicantName}的匹配原因` })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
    await applicant.getByRole('button', { name: '录用', exact: true }).click();
    await applicant.getByLabel('入职日期').waitFor();
    await applicant.getByRole('button', { name: '确认录用' }).click();
    await applicant.getByText('已录用').waitFor();
    await checkPage(page, 'applicants', 'phone');

    // 月度确认: the two hired a month ago are listed for last month, ticked 在岗; one submission confirms both.
    await page.getByRole('navigation', { name: '用人单位工作' }).getByRole('link', { name: '月度确认' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    for (const name of world.hiredNames) {
      const row = table.getByRole('row').filter({ hasText: name });
      expect(await row.getByRole('checkbox', { name: '在岗' }).isChecked()).toBe(true);
      await row.getByRole('textbox', { name: '月工资' }).fill('5200');
      await row.getByRole('checkbox', { name: '已缴社保' }).check();
    }
    expect(await table.getByRole('row').filter({ hasText: world.applicantName }).count()).toBe(0); // hired today: nothing to confirm yet
    await checkPage(page, 'monthly-confirmation', 'phone');
    await page.getByRole('button', { name: '提交确认' }).click();
    await page.getByText('已全部确认').waitFor();

    // 单位补贴 on a placement: what the employer may claim for it, as the server assesses it (the policy decides).
    await page.getByRole('navigation', { name: '用人单位工作' }).getByRole('link', { name: '在岗人员' }).click();
    const placement = page.getByRole('list', { name: '在岗人员' }).getByRole('listitem').filter({ hasText: world.hiredNames[0] });
    await placement.getByRole('button', { name: '单位补贴' }).click();
    await placement
      .getByText(/吸纳就业|没有发给用人单位的补贴/)
      .first()
      .waitFor();
    await checkPage(page, 'employer-placement-subsidy', 'phone');

    const rows = await app.db.query<{ employed: boolean; monthly_wage: number; social_insurance_paid: boolean }>(
      `SELECT c.employed, c.monthly_wage, c.social_insurance_paid FROM employment_confirmations c JOIN placements p ON p.id = c.placement_id WHERE p.posting_id = $1`,
      [world.postingId],
    );
    expect(rows).toEqual([
      { employed: true, monthly_wage: 5200, social_insurance_paid: true },
      { employed: true, monthly_wage: 5200, social_insurance_paid: true },
    ]);
    await page.context().close();
  }, 120_000);

  it.each(Object.keys(VIEWPORTS) as ViewportName[])(
    'every employer page is accessible and photographed at the %s size',
    async (viewport) => {
      const page = await (await newContext(app.browser, app.baseURL, viewport)).newPage();
      await signInThroughPage(page, world.username, '/workspace');
      await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
      await page.getByRole('heading', { name: '本单位岗位' }).waitFor();
      await checkPage(page, 'employer-workspace', viewport);
      for (const [path, name, ready] of [
        ['/employer/postings', 'employer-postings', '我的岗位'],
        ['/employer/postings/new', 'employer-posting-new', '发布岗位'],
        [`/employer/postings/${world.postingId}/applicants`, 'employer-applicants', `应聘者：${world.postingTitle}`],
        ['/employer/placements', 'employer-placements', '在岗人员'],
        ['/employer/confirm', 'employer-confirm', '月度确认'],
        ['/employer/groups', 'employer-groups-empty', '出行组'],
        ['/employer/subsidies', 'employer-subsidies', '补贴'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: ready }).waitFor();
        await page.waitForLoadState('networkidle');
        await checkPage(page, name, viewport);
      }
      await page.context().close();
    },
    120_000,
  );
});
