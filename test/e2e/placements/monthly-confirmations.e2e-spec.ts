import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addMonthsToMonth, chinaToday, currentMonth, firstDayOf, lastCompletedMonth, lastDayOf } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { recordLatePlacement } from '../../support/late-placement.js';
import { signUpOrganization } from '../../support/organizations.js';
import { signUpEmployer } from '../../support/search-helpers.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const MISSING = `query($month: String!) { placements(filter: { missingConfirmationFor: $month }, first: 100) {
  totalCount edges { node { id confirmationFor(month: $month) { month } } } } }`;
const PREFILL = `query($month: String!, $before: String!) { placements(filter: { missingConfirmationFor: $month }, first: 100) {
  edges { node { id worker { name } before: confirmationFor(month: $before) { month employed monthlyWage socialInsurancePaid attestedBy } } } } }`;
const CONFIRM_MANY = `mutation($input: ConfirmEmploymentsInput!) { confirmEmployments(input: $input) {
  month succeeded failed items { index placementId corrected
    confirmation { placementId month employed monthlyWage socialInsurancePaid revision attestedBy }
    error { code reason message fields } } } }`;
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { status } }';
const CANCEL = 'mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { status } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';

type Item = {
  index: number;
  placementId: string;
  corrected: boolean;
  confirmation: { placementId: string; month: string; employed: boolean; monthlyWage: number | null; revision: number; attestedBy: string } | null;
  error: { code: string; reason: string; message: string; fields: string[] } | null;
};

async function sql<T = Record<string, unknown>>(text: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * 月度确认 (issue 18, item 2): placements(filter: { missingConfirmationFor }) lists the placements a month still lacks
 * (only a month that has ended, only placements it lies in), Placement.confirmationFor(month) gives the month before to
 * pre-fill the form, and confirmEmployments confirms a whole month at once, each item on its own through the rules of
 * confirmEmployment.
 */
describe('Monthly confirmations for a whole month', () => {
  const month = lastCompletedMonth();
  const before = addMonthsToMonth(month, -1);
  let t: TestApp;
  let bureau: Caller;
  let otherBureau: Caller;
  let employer: { caller: Caller; organizationId: string };
  let rival: { caller: Caller; organizationId: string };
  let agent: Caller;
  let worker: Caller;
  const p: Record<string, string> = {};

  const late = (e: { caller: Caller; organizationId: string }, name: string, startDate: string, months: string[] = []) =>
    recordLatePlacement({ bureau, employer: e.caller, employerOrganizationId: e.organizationId, county: '522731', name, startDate, months });

  const missingIds = async (caller: Caller, m = month) => {
    const data = await caller.ok(MISSING, { month: m });
    return (data.placements.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', '520102'), TEST_PASSWORD);
    employer = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳宝安电子有限公司');
    rival = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳龙华玩具有限公司');
    agent = (await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '惠水劳务公司', verifiedBy: bureau })).caller;
    const username = uniqueUsername('monthly');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '刘阿英',
        idNumber: randomIdNumber('522731'),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    worker = await t.signIn(username, TEST_PASSWORD);
    // unconfirmed: confirmed the month before, not last month. done: both confirmed. away: not employed last month (confirmed).
    p.unconfirmed = (await late(employer, '王阿花', firstDayOf(before), [before])).placementId;
    p.done = (await late(employer, '李阿牛', firstDayOf(before), [before, month])).placementId;
    p.away = (await late(employer, '张阿妹', firstDayOf(before))).placementId;
    await employer.caller.ok(CONFIRM, { input: { placementId: p.away, month, employed: false, socialInsurancePaid: false } });
    // ended: ended the month before, so last month lies after it. fresh: started this month. cancelled. rivals: another employer's.
    p.ended = (await late(employer, '杨阿贵', firstDayOf(before))).placementId;
    await employer.caller.ok(END, { input: { placementId: p.ended, endDate: lastDayOf(before), reason: 'CONTRACT_ENDED' } });
    p.fresh = (await late(employer, '吴阿英', chinaToday())).placementId;
    p.cancelled = (await late(employer, '罗阿秀', firstDayOf(before))).placementId;
    await bureau.ok(CANCEL, { input: { placementId: p.cancelled, reason: '录入有误' } });
    p.second = (await late(employer, '陈阿兰', lastDayOf(month))).placementId;
    p.rivals = (await late(rival, '黄阿珍', firstDayOf(before))).placementId;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('placements(filter: { missingConfirmationFor })', () => {
    it('lists the employer’s placements lacking the month, and no others', async () => {
      const ids = await missingIds(employer.caller);
      expect(new Set(ids)).toEqual(new Set([p.unconfirmed, p.second]));
      // The month before: the ended placement still lacks it; the others were confirmed or started later.
      expect(new Set(await missingIds(employer.caller, before))).toEqual(new Set([p.away, p.ended]));
      expect(await missingIds(rival.caller)).toEqual([p.rivals]);
    });

    it('gives the month before for pre-filling, batched with the confirmations', async () => {
      const data = await employer.caller.ok(PREFILL, { month, before });
      const byId = new Map((data.placements.edges as Array<{ node: { id: string; before: unknown } }>).map((e) => [e.node.id, e.node.before]));
      expect(byId.get(p.unconfirmed)).toEqual({ month: before, employed: true, monthlyWage: 5000, socialInsurancePaid: true, attestedBy: 'EMPLOYER' });
      expect(byId.get(p.second)).toBeNull();
      const bad = await employer.caller.gql(PREFILL, { month, before: '2026-13' });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['month'] });
      expect(bad.errors?.[0].message).toBe('month：须为月份，格式为 YYYY-MM（例如 2026-03）');
    });

    it('follows the list’s scope for every role: the bureau its jurisdiction, the agent what it organised, the worker themself', async () => {
      const bureaus = await missingIds(bureau);
      expect(bureaus).toEqual(expect.arrayContaining([p.unconfirmed, p.second, p.rivals]));
      expect(bureaus).not.toContain(p.done);
      expect(await missingIds(otherBureau)).not.toContain(p.unconfirmed);
      expect(await missingIds(agent)).toEqual([]);
      expect(await missingIds(worker)).toEqual([]);
      expect(await t.anonymous.errorCode(MISSING, { month })).toBe('UNAUTHENTICATED');
    });

    it('refuses a malformed month and one that has not ended, in Chinese, naming the field', async () => {
      const malformed = await employer.caller.gql(MISSING, { month: '2026-3' });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.missingConfirmationFor'] });
      expect(malformed.errors?.[0].message).toContain('须为月份，格式为 YYYY-MM');
      const open = await employer.caller.gql(MISSING, { month: currentMonth() });
      expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MONTH_NOT_OVER', fields: ['filter.missingConfirmationFor'] });
      expect(open.errors?.[0].message).toBe(`${currentMonth()} 尚未结束，月末过后才能确认（目前最近可确认的月份是 ${month}）`);
      expect(open.errors?.[0].extensions?.problems).toEqual([
        { field: 'filter.missingConfirmationFor', reason: 'MONTH_NOT_OVER', message: open.errors?.[0].message },
      ]);
    });
  });

  describe('confirmEmployments', () => {
    it('confirms each item on its own: good ones saved, refused ones answered with the single call’s error in Chinese', async () => {
      const unknown = randomUUID();
      const items = [
        { placementId: p.unconfirmed, employed: true, monthlyWage: 5200, socialInsurancePaid: true },
        { placementId: p.done, employed: true, monthlyWage: 5600, socialInsurancePaid: true },
        { placementId: p.ended, employed: true, monthlyWage: 5000, socialInsurancePaid: true },
        { placementId: p.rivals, employed: true, monthlyWage: 5000, socialInsurancePaid: true },
        { placementId: unknown, employed: true, monthlyWage: 5000, socialInsurancePaid: true },
        { placementId: p.second, employed: false, monthlyWage: 3000, socialInsurancePaid: false },
        { placementId: p.fresh, employed: true, monthlyWage: 5000, socialInsurancePaid: true },
        { placementId: p.unconfirmed, employed: false, socialInsurancePaid: false },
      ];
      const result = (await employer.caller.ok(CONFIRM_MANY, { input: { month, items } })).confirmEmployments;
      expect(result).toMatchObject({ month, succeeded: 2, failed: 6 });
      const byIndex = result.items as Item[];
      expect(byIndex.map((i) => i.placementId)).toEqual(items.map((i) => i.placementId));
      expect(byIndex[0]).toMatchObject({
        corrected: false,
        error: null,
        confirmation: { month, employed: true, monthlyWage: 5200, revision: 1, attestedBy: 'EMPLOYER' },
      });
      expect(byIndex[1]).toMatchObject({ corrected: true, error: null, confirmation: { monthlyWage: 5600, revision: 2 } });
      expect(byIndex[2].error).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'MONTH_OUTSIDE_PLACEMENT',
        message: `${month} 不在可确认的月份内（晚于离岗月份）`,
        fields: ['month'],
      });
      expect(byIndex[3].error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ATTESTER', fields: ['placementId'] });
      expect(byIndex[4].error).toMatchObject({ code: 'NOT_FOUND', reason: 'PLACEMENT_NOT_FOUND', message: '找不到该就业记录' });
      expect(byIndex[5].error).toMatchObject({ reason: 'WAGE_WITHOUT_EMPLOYMENT', message: '未就业的月份不能填写工资', fields: ['monthlyWage'] });
      expect(byIndex[6].error).toMatchObject({ reason: 'MONTH_OUTSIDE_PLACEMENT', message: `${month} 不在可确认的月份内（早于上岗月份）` });
      expect(byIndex[7].error).toMatchObject({ reason: 'REPEATED_IN_BATCH', message: '同一条就业记录在本次提交中出现了多次，只处理了第一次' });
      for (const refused of byIndex.filter((i) => i.error)) expect(refused.confirmation).toBeNull();

      // What was saved is what the list and the records say; what was refused changed nothing.
      expect(await missingIds(employer.caller)).toEqual([p.second]);
      const rows = await sql<{ placement_id: string; monthly_wage: number; revision: number }>(
        'SELECT placement_id, monthly_wage, revision FROM employment_confirmations WHERE month = $1 AND placement_id = ANY($2::uuid[])',
        [month, [p.unconfirmed, p.done, p.ended, p.rivals, p.second]],
      );
      expect(rows.map((r) => [r.placement_id, r.monthly_wage, r.revision]).sort()).toEqual(
        [
          [p.unconfirmed, 5200, 1],
          [p.done, 5600, 2],
        ].sort(),
      );
      // The correction is audited like a single one.
      const audit = await sql<{ before: { monthlyWage: number }; after: { monthlyWage: number } }>(
        `SELECT before, after FROM audit_log WHERE action = 'employment_confirmation.corrected' AND subject_id = $1`,
        [p.done],
      );
      expect(audit.map((a) => [a.before.monthlyWage, a.after.monthlyWage])).toEqual([[5000, 5600]]);
    });

    it('lets the bureau that recorded a placement late confirm it, and refuses another county’s bureau', async () => {
      const input = { month, items: [{ placementId: p.second, employed: true, monthlyWage: 4800, socialInsurancePaid: true }] };
      const refused = (await otherBureau.ok(CONFIRM_MANY, { input })).confirmEmployments;
      expect(refused).toMatchObject({ succeeded: 0, failed: 1, items: [{ error: { code: 'FORBIDDEN', reason: 'NOT_ATTESTER' } }] });
      const done = (await bureau.ok(CONFIRM_MANY, { input })).confirmEmployments;
      expect(done).toMatchObject({ succeeded: 1, failed: 0, items: [{ confirmation: { attestedBy: 'BUREAU', monthlyWage: 4800 } }] });
      expect(await missingIds(employer.caller)).toEqual([]);
    });

    it('lets ADMIN confirm any placement’s month (attested as ADMIN)', async () => {
      const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
      const input = { month: before, items: [{ placementId: p.away, employed: true, monthlyWage: 5100, socialInsurancePaid: true }] };
      const done = (await admin.ok(CONFIRM_MANY, { input })).confirmEmployments;
      expect(done).toMatchObject({ succeeded: 1, failed: 0, items: [{ confirmation: { attestedBy: 'ADMIN', month: before } }] });
      expect(await missingIds(admin, before)).not.toContain(p.away);
    });

    it('is refused to a worker, an agent (which records follow-ups instead) and the public', async () => {
      const input = { month, items: [{ placementId: p.unconfirmed, employed: true, socialInsurancePaid: true }] };
      for (const caller of [worker, agent]) {
        const result = await caller.gql(CONFIRM_MANY, { input });
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
      }
      expect(await t.anonymous.errorCode(CONFIRM_MANY, { input })).toBe('UNAUTHENTICATED');
    });

    it('refuses a malformed month, an empty list and more than 500 items before confirming anything', async () => {
      const one = [{ placementId: p.unconfirmed, employed: true, socialInsurancePaid: true }];
      const malformed = await employer.caller.gql(CONFIRM_MANY, { input: { month: '2026-13', items: one } });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['month'] });
      expect(malformed.errors?.[0].message).toBe('month：须为月份，格式为 YYYY-MM（例如 2026-03）');
      const empty = await employer.caller.gql(CONFIRM_MANY, { input: { month, items: [] } });
      expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['items'] });
      const many = Array.from({ length: 501 }, () => ({ placementId: randomUUID(), employed: true, socialInsurancePaid: true }));
      const tooMany = await employer.caller.gql(CONFIRM_MANY, { input: { month, items: many } });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['items'] });
    });
  });
});
