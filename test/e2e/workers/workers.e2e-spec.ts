import pg from 'pg';
import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const WORKER_FIELDS = `id name maskedIdNumber gender birthDate age phone categories declaredCategories categoriesVerified laborCapacity skills seekingStatus
  willingToMigrate preferredRegionCodes expectedMonthlyWage hukouRegion { code name } household { id }`;
const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { ${WORKER_FIELDS} } }`;
const WORKER = `query($id: ID!) { worker(id: $id) { ${WORKER_FIELDS} } }`;
const WORKERS = `query($filter: WorkerFilterInput, $first: Int, $after: String) {
  workers(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
const UPDATE = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { ${WORKER_FIELDS} } }`;
const SET_CATEGORIES = `mutation($input: SetWorkerCategoriesInput!) { setWorkerCategories(input: $input) { id categories } }`;
const REVEAL = 'mutation($id: ID!, $purpose: RevealPurpose!, $note: String!) { revealIdNumber(workerId: $id, purpose: $purpose, note: $note) }';
const NOTE = '2026年12月一次性求职补贴代发，核对银行户名';
const HOUSEHOLD = `query($id: ID!) { worker(id: $id) { household { id hasEmployedMember members { id name } hukouRegion { code } } } }`;
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }`;

function newWorker(overrides: Record<string, unknown> = {}) {
  return {
    name: '张三妹',
    idNumber: randomIdNumber('520102', 'FEMALE'),
    phone: randomMobile(),
    hukouRegionCode: '520102',
    categories: ['POVERTY_ALLEVIATED'],
    laborCapacity: 'FULL',
    skills: ['缝纫', '普工'],
    willingToMigrate: true,
    preferredRegionCodes: ['440000'],
    expectedMonthlyWage: 4500,
    ...overrides,
  };
}

describe('workers and households', () => {
  let t: TestApp;
  let bureau: Caller; // 贵阳市 (city) bureau
  let otherBureau: Caller; // 昆明市 bureau
  let agent: Caller;
  let otherAgent: Caller;
  let employer: Caller;
  let db: pg.Client;

  async function signUp(kind: string): Promise<Caller> {
    const username = uniqueUsername(kind.toLowerCase());
    await t.anonymous.ok(REGISTER_ORG, {
      input: { name: '测试机构', kind, creditCode: randomCreditCode('520102'), regionCode: '520102', smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    const caller = await t.signIn(username, TEST_PASSWORD);
    // Vetted organisations: an agency registers workers once the bureau of its region verified it.
    if (kind.endsWith('_AGENCY')) await verifyOrganization(bureau, (await caller.ok('{ me { organizationId } }')).me.organizationId);
    return caller;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    agent = await signUp('LABOR_AGENCY');
    otherAgent = await signUp('HR_AGENCY');
    employer = await signUp('ENTERPRISE');
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('registerWorker', () => {
    it('registers a worker of the bureau’s jurisdiction, deriving age and gender and masking the ID number', async () => {
      const input = newWorker({ idNumber: randomIdNumber('520102', 'MALE') });
      const { registerWorker: w } = await bureau.ok(REGISTER, { input });
      const id = input.idNumber;
      // The bureau's masked form: the first 6 and the check character, never a birth-date or sequence digit.
      expect(w.maskedIdNumber).toBe(`${id.slice(0, 6)}***********${id.slice(-1)}`);
      // The birth date only through revealIdNumber; the age is the age on 1 January of this year.
      expect(w.birthDate).toBeNull();
      const year = Number(chinaToday().slice(0, 4));
      expect(w.age).toBe(id.slice(10, 14) === '0101' ? year - Number(id.slice(6, 10)) : year - Number(id.slice(6, 10)) - 1);
      expect(w.gender).toBe('MALE');
      expect(w.hukouRegion).toEqual({ code: '520102', name: '南明区' });
      expect(w.categories).toEqual(['POVERTY_ALLEVIATED']);
      expect(w.phone).toBe(input.phone);
      const stored = await db.query('SELECT id_ciphertext, id_masked, birth_date::text AS birth_date FROM workers WHERE id = $1', [w.id]);
      expect(stored.rows[0].id_ciphertext.toString('latin1')).not.toContain(id);
      expect(stored.rows[0].id_masked).toBe(w.maskedIdNumber);
      expect(stored.rows[0].birth_date).toBe(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
    });

    it('refuses a bureau a worker registered outside its jurisdiction', async () => {
      expect(await otherBureau.errorCode(REGISTER, { input: newWorker() })).toBe('FORBIDDEN');
    });

    it('refuses a bureau the same person twice, anywhere, without saying who or where', async () => {
      const input = newWorker();
      await bureau.ok(REGISTER, { input });
      const spaced = `${input.idNumber.slice(0, 6)} ${input.idNumber.slice(6).toLowerCase()}`;
      // A bureau keeps the clear duplicate answer; an agency's registration waits for review instead (registration-review suite).
      const again = await bureau.gql(REGISTER, { input: { ...input, idNumber: spaced, hukouRegionCode: '520103' } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WORKER_ALREADY_REGISTERED', fields: ['idNumber'] });
      expect(again.errors?.[0].message).not.toMatch(/520102|南明|张三妹|\d{6}/);
    });

    it.each([
      ['ID_NUMBER_CHECK_CHARACTER', (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')],
      ['ID_NUMBER_BIRTH_DATE', () => '520102199002300014'],
      ['ID_NUMBER_LENGTH', (id: string) => id.slice(0, 17)],
    ])('refuses an ID number with a wrong %s, naming idNumber and never echoing it', async (reason, corrupt) => {
      const bad = corrupt(randomIdNumber('520102'));
      const result = await bureau.gql(REGISTER, { input: newWorker({ idNumber: bad }) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: ['idNumber'] });
      expect(result.errors?.[0].message).toMatch(/^idNumber：身份证号码/);
      expect(JSON.stringify(result.errors)).not.toContain(bad);
    });

    it('names the field of a bad phone number, hukou region or category list', async () => {
      const phone = await bureau.gql(REGISTER, { input: newWorker({ phone: '0851-1234' }) });
      expect(phone.errors?.[0].extensions?.fields).toEqual(['phone']);
      const region = await bureau.gql(REGISTER, { input: newWorker({ hukouRegionCode: '520100' }) });
      expect(region.errors?.[0].extensions?.fields).toEqual(['hukouRegionCode']);
      const categories = await bureau.gql(REGISTER, { input: newWorker({ categories: [] }) });
      expect(categories.errors?.[0].extensions?.fields).toEqual(['categories']);
    });

    it('is refused to employers, workers and anonymous callers', async () => {
      expect(await employer.errorCode(REGISTER, { input: newWorker() })).toBe('FORBIDDEN');
      expect(await t.anonymous.errorCode(REGISTER, { input: newWorker() })).toBe('UNAUTHENTICATED');
    });
  });

  describe('who sees whom', () => {
    let workerId: string;
    let self: Caller;
    let phone: string;

    beforeAll(async () => {
      const username = uniqueUsername('worker');
      const input = newWorker({ username, password: TEST_PASSWORD });
      phone = input.phone;
      workerId = (await agent.ok(REGISTER, { input })).registerWorker.id;
      self = await t.signIn(username, TEST_PASSWORD);
    });

    it('lets the worker see and edit their own preferences, but not their record', async () => {
      expect((await self.ok('{ me { workerId role } }')).me).toEqual({ workerId, role: 'WORKER' });
      const seen = await self.ok(WORKER, { id: workerId });
      expect(seen.worker.phone).toBe(phone);
      // Their own birth date, and then no ID fragment next to it (they hold the card itself).
      expect(seen.worker.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(seen.worker.maskedIdNumber).toBeNull();
      expect(seen.worker.categories).toEqual(['POVERTY_ALLEVIATED']);
      const updated = await self.ok(UPDATE, { input: { id: workerId, skills: ['电焊'], expectedMonthlyWage: 5000, phone: '+86 139 0000 1111' } });
      expect(updated.updateWorker).toMatchObject({ skills: ['电焊'], expectedMonthlyWage: 5000, phone: '13900001111' });
      expect(await self.errorCode(UPDATE, { input: { id: workerId, laborCapacity: 'WEAK' } })).toBe('FORBIDDEN');
      expect(await self.errorCode(SET_CATEGORIES, { input: { id: workerId, categories: [], effectiveFrom: '2026-01-01' } })).toBe('FORBIDDEN');
    });

    it('refuses a worker another worker’s record', async () => {
      const other = (await bureau.ok(REGISTER, { input: newWorker() })).registerWorker.id;
      expect(await self.errorCode(WORKER, { id: other })).toBe('FORBIDDEN');
    });

    it('lets the registering agency see the worker with the phone masked, and refuses other agencies and employers', async () => {
      const seen = await agent.ok(WORKER, { id: workerId });
      expect(seen.worker.phone).toMatch(/^1\d\d\*{4}\d{4}$/);
      // An agency sees the age, never an ID fragment or the birth date; the categories it declared, and whether verified.
      expect(seen.worker).toMatchObject({
        maskedIdNumber: null,
        birthDate: null,
        categories: ['POVERTY_ALLEVIATED'],
        declaredCategories: ['POVERTY_ALLEVIATED'],
      });
      expect(seen.worker.categoriesVerified).toBe(false);
      expect(seen.worker.age).toBeGreaterThanOrEqual(16);
      expect(await otherAgent.errorCode(WORKER, { id: workerId })).toBe('FORBIDDEN');
      expect(await employer.errorCode(WORKER, { id: workerId })).toBe('FORBIDDEN');
      const listed = await agent.ok(WORKERS, { first: 100 });
      expect(listed.workers.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(workerId);
      const otherList = await otherAgent.ok(WORKERS, { first: 100 });
      expect(otherList.workers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(workerId);
    });

    it('lets the bureau of the hukou county see the full phone, and keeps other bureaus out', async () => {
      expect((await bureau.ok(WORKER, { id: workerId })).worker.phone).toBe('13900001111');
      expect(await otherBureau.errorCode(WORKER, { id: workerId })).toBe('FORBIDDEN');
    });
  });

  describe('revealIdNumber', () => {
    const reveal = (caller: Caller, variables: Record<string, unknown>) =>
      t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${caller.token ?? ''}`)
        .send({ query: REVEAL, variables });

    it('gives the bureau of the jurisdiction the full number for a listed purpose and a note, audited with who, when and why', async () => {
      const input = newWorker();
      const id = (await bureau.ok(REGISTER, { input })).registerWorker.id;
      const before = new Date();
      const res = await reveal(bureau, { id, purpose: 'SUBSIDY_PAYMENT', note: `  ${NOTE}  ` });
      expect(res.body.data.revealIdNumber).toBe(input.idNumber);
      const me = (await bureau.ok('{ me { id } }')).me;
      const audit = await db.query(`SELECT action, purpose, actor_account_id, at, after FROM audit_log WHERE subject_id = $1`, [id]);
      expect(audit.rows).toEqual([
        expect.objectContaining({
          action: 'worker.id_number.revealed',
          actor_account_id: me.id,
          purpose: `补贴发放（代发、银行账户核对）：${NOTE}`,
          after: { purpose: 'SUBSIDY_PAYMENT', note: NOTE, regionCode: '520100' },
        }),
      ]);
      expect(audit.rows[0].at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    });

    it('refuses a note shorter than 10 characters, naming the field in Chinese, and writes no audit row', async () => {
      const id = (await bureau.ok(REGISTER, { input: newWorker() })).registerWorker.id;
      for (const note of ['', '   ', '核对信息', '一二三四五六七八九']) {
        const res = await reveal(bureau, { id, purpose: 'IDENTITY_CHECK', note });
        expect(res.body.data).toBeNull();
        expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REVEAL_NOTE_TOO_SHORT', fields: ['note'] });
        expect(res.body.errors[0].message).toMatch(/^note：备注（note）.*至少 10 个字/);
      }
      expect((await reveal(bureau, { id, purpose: 'IDENTITY_CHECK', note: '一二三四五六七八九十' })).body.data.revealIdNumber).toMatch(/^520102/);
      const audit = await db.query(`SELECT purpose FROM audit_log WHERE subject_id = $1 AND action = 'worker.id_number.revealed'`, [id]);
      expect(audit.rows).toEqual([{ purpose: '当面或电话核验本人身份：一二三四五六七八九十' }]);
    });

    it('takes the purpose only from the fixed list', async () => {
      const id = (await bureau.ok(REGISTER, { input: newWorker() })).registerWorker.id;
      const free = await reveal(bureau, { id, purpose: '核对社保参保信息', note: NOTE });
      expect(free.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const missing = await reveal(bureau, { id, note: NOTE });
      expect(missing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const audit = await db.query(`SELECT 1 FROM audit_log WHERE subject_id = $1 AND action = 'worker.id_number.revealed'`, [id]);
      expect(audit.rows).toEqual([]);
    });

    it('refuses other bureaus, agents and employers', async () => {
      const id = (await bureau.ok(REGISTER, { input: newWorker() })).registerWorker.id;
      const variables = { id, purpose: 'DUPLICATE_REVIEW', note: NOTE };
      expect(await otherBureau.errorCode(REVEAL, variables)).toBe('FORBIDDEN');
      expect(await agent.errorCode(REVEAL, variables)).toBe('FORBIDDEN');
      expect(await employer.errorCode(REVEAL, variables)).toBe('FORBIDDEN');
    });
  });

  describe('categories over time', () => {
    it('keeps history: categories held on a past date stay answerable', async () => {
      const id = (await bureau.ok(REGISTER, { input: newWorker({ categories: ['POVERTY_ALLEVIATED', 'RELOCATED'] }) })).registerWorker.id;
      const future = addDays(chinaToday(), 1);
      await bureau.ok(SET_CATEGORIES, { input: { id, categories: ['MONITORING_TARGET', 'RELOCATED'], effectiveFrom: future } });
      const now = await bureau.ok(WORKER, { id });
      expect(now.worker.categories.sort()).toEqual(['POVERTY_ALLEVIATED', 'RELOCATED']);
      const rows = await db.query(
        'SELECT category, effective_from::text, effective_to::text FROM worker_categories WHERE worker_id = $1 ORDER BY category::text',
        [id],
      );
      expect(rows.rows).toEqual(
        [
          { category: 'POVERTY_ALLEVIATED', effective_from: expect.any(String), effective_to: future },
          { category: 'MONITORING_TARGET', effective_from: future, effective_to: null },
          { category: 'RELOCATED', effective_from: expect.any(String), effective_to: null },
        ].sort((a, b) => a.category.localeCompare(b.category)),
      );
      const past = await bureau.gql(SET_CATEGORIES, { input: { id, categories: [], effectiveFrom: '2000-01-01' } });
      expect(past.errors?.[0].extensions?.fields).toEqual(['effectiveFrom']);
    });
  });

  describe('households and lists', () => {
    it('groups workers of one county into a household and refuses members from another county', async () => {
      const first = (await bureau.ok(REGISTER, { input: newWorker({ name: '李大哥' }) })).registerWorker;
      const second = (await bureau.ok(REGISTER, { input: newWorker({ name: '李小妹', householdId: first.household.id, laborCapacity: 'WEAK' }) }))
        .registerWorker;
      expect(second.household.id).toBe(first.household.id);
      const { worker } = await bureau.ok(HOUSEHOLD, { id: first.id });
      expect(worker.household.members.map((m: { name: string }) => m.name).sort()).toEqual(['李大哥', '李小妹']);
      expect(worker.household.hasEmployedMember).toBe(false);
      const elsewhere = await bureau.gql(REGISTER, { input: newWorker({ householdId: first.household.id, hukouRegionCode: '520103' }) });
      expect(elsewhere.errors?.[0].extensions?.fields).toEqual(['householdId']);
    });

    it('lists a bureau’s workers with filters and stable cursor pages', async () => {
      const countyBureau = await t.signIn(await insertAccount('BUREAU', '520111'), TEST_PASSWORD);
      for (let i = 0; i < 5; i++) {
        await countyBureau.ok(REGISTER, { input: newWorker({ hukouRegionCode: '520111', categories: i < 2 ? ['RELOCATED'] : ['POVERTY_ALLEVIATED'] }) });
      }
      const page1 = await countyBureau.ok(WORKERS, { first: 3 });
      expect(page1.workers.totalCount).toBe(5);
      expect(page1.workers.pageInfo.hasNextPage).toBe(true);
      const page2 = await countyBureau.ok(WORKERS, { first: 3, after: page1.workers.pageInfo.endCursor });
      expect(page2.workers.edges).toHaveLength(2);
      const ids = [...page1.workers.edges, ...page2.workers.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(5);
      const relocated = await countyBureau.ok(WORKERS, { filter: { category: 'RELOCATED' } });
      expect(relocated.workers.totalCount).toBe(2);
      const cityWide = await bureau.ok(WORKERS, { filter: { regionCode: '520111' } });
      expect(cityWide.workers.totalCount).toBe(5);
      expect(await countyBureau.errorCode(WORKERS, { first: 101 })).toBe('BAD_USER_INPUT');
    });
  });
});
