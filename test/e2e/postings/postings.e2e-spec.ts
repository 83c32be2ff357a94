import pg from 'pg';
import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const POSTING_FIELDS = `id kind title description organization { id name } region { code name fullName } location { lat lng }
  wageMin wageMax headcount openings contractMonths skills benefits partnerRegionCodes laborBrand validUntil status publishedAt`;
const CREATE = `mutation($input: CreatePostingInput!) { createPosting(input: $input) { ${POSTING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePostingInput!) { updatePosting(input: $input) { ${POSTING_FIELDS} } }`;
const CLOSE = 'mutation($id: ID!) { closePosting(id: $id) { id status } }';
const POSTING = `query($id: ID!) { posting(id: $id) { ${POSTING_FIELDS} } }`;
const POSTINGS = `query($filter: PostingFilterInput, $first: Int, $after: String) {
  postings(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const VERIFY = 'mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }';

function daysFromNow(days: number): string {
  return addDays(chinaToday(), days);
}

/** A cross-province electronics job in 深圳 宝安区, recruiting from 贵州. */
function eastWest(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'EAST_WEST',
    title: '电子厂普工（长白班）',
    description: '流水线装配，包吃住，报销来深路费',
    regionCode: '440306',
    location: { lat: 22.555, lng: 113.883 },
    wageMin: 4800,
    wageMax: 6800,
    headcount: 30,
    contractMonths: 12,
    skills: ['普工', '装配'],
    benefits: ['包吃住', '五险一金'],
    partnerRegionCodes: ['520000'],
    laborBrand: '黔南劳务',
    validUntil: daysFromNow(60),
    ...overrides,
  };
}

/** A village public-welfare post (乡村公益性岗位) in 惠水县. */
function welfare(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'PUBLIC_WELFARE',
    title: '乡村保洁员',
    description: '负责村内道路清扫，弱劳力、半劳力优先',
    regionCode: '522731',
    wageMin: 800,
    wageMax: 1000,
    headcount: 2,
    contractMonths: 12,
    ...overrides,
  };
}

describe('postings', () => {
  let t: TestApp;
  let db: pg.Client;
  let admin: Caller;
  let bureau: Caller; // 黔南州 (city) bureau: 惠水县 is inside
  let otherBureau: Caller; // 昆明市 bureau
  let employer: Caller; // an enterprise in 深圳 宝安区
  let employerOrg: string;
  let otherEmployer: Caller; // an enterprise in 杭州
  let otherOrg: string;
  let workshop: Caller; // an unverified 就业帮扶车间 in 惠水县
  let workshopOrg: string;
  let agent: Caller;
  let worker: Caller;

  async function signUp(kind: string, regionCode: string, name: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: true, username, password: TEST_PASSWORD },
    });
    const { accessToken, account } = data.registerOrganization;
    return { caller: new Caller(t.app, accessToken, account.role), organizationId: account.organizationId };
  }

  async function outboxCount(aggregate: string, id: string): Promise<number> {
    const result = await db.query('SELECT count(*)::int AS n FROM outbox WHERE aggregate = $1 AND aggregate_id = $2', [aggregate, id]);
    return result.rows[0].n;
  }

  async function create(caller: Caller, input: Record<string, unknown>): Promise<any> {
    return (await caller.ok(CREATE, { input })).createPosting;
  }

  async function problemFields(caller: Caller, query: string, input: Record<string, unknown>): Promise<string[]> {
    const result = await caller.gql(query, { input });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0].extensions?.fields;
  }

  async function listedIds(caller: Caller, filter: Record<string, unknown>): Promise<string[]> {
    const data = await caller.ok(POSTINGS, { filter, first: 100 });
    return data.postings.edges.map((e: any) => e.node.id);
  }

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUp('ENTERPRISE', '440306', '深圳市宝安区某电子有限公司'));
    ({ caller: otherEmployer, organizationId: otherOrg } = await signUp('ENTERPRISE', '330102', '杭州某服装厂'));
    ({ caller: workshop, organizationId: workshopOrg } = await signUp('WORKSHOP', '522731', '惠水县好花红就业帮扶车间'));
    ({ caller: agent } = await signUp('LABOR_AGENCY', '522731', '惠水县劳务合作社'));
    const username = uniqueUsername('worker');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '韦小花',
        idNumber: randomIdNumber('522731'),
        phone: randomMobile(),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    worker = await t.signIn(username, TEST_PASSWORD);
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('creating', () => {
    it('an employer posts for its own organisation, with an outbox event in the same transaction', async () => {
      const input = eastWest();
      const posting = await create(employer, input);
      expect(posting).toMatchObject({
        kind: 'EAST_WEST',
        title: '电子厂普工（长白班）',
        organization: { id: employerOrg, name: '深圳市宝安区某电子有限公司' },
        region: { code: '440306', name: '宝安区', fullName: '广东省 深圳市 宝安区' },
        location: { lat: 22.555, lng: 113.883 },
        wageMin: 4800,
        wageMax: 6800,
        headcount: 30,
        openings: 30,
        skills: ['普工', '装配'],
        benefits: ['包吃住', '五险一金'],
        partnerRegionCodes: ['520000'],
        laborBrand: '黔南劳务',
        validUntil: input.validUntil,
        status: 'OPEN',
      });
      expect(await outboxCount('posting', posting.id)).toBe(1);
    });

    it('refuses another organisation’s employer, a worker, an agent and anonymous callers', async () => {
      expect(await otherEmployer.errorCode(CREATE, { input: eastWest({ organizationId: employerOrg }) })).toBe('FORBIDDEN');
      expect(await worker.errorCode(CREATE, { input: eastWest() })).toBe('FORBIDDEN');
      expect(await agent.errorCode(CREATE, { input: eastWest() })).toBe('FORBIDDEN');
      expect(await t.anonymous.errorCode(CREATE, { input: eastWest() })).toBe('UNAUTHENTICATED');
      const { rows } = await db.query('SELECT count(*)::int AS n FROM postings WHERE organization_id = $1', [otherOrg]);
      expect(rows[0].n).toBe(0);
    });

    it('keeps WORKSHOP postings to workshops and assistance bases', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ kind: 'WORKSHOP', partnerRegionCodes: [] }))).toEqual(['kind']);
      const posting = await create(workshop, { ...welfare(), kind: 'WORKSHOP', title: '扶贫车间手工编织', contractMonths: 24 });
      expect(posting.kind).toBe('WORKSHOP');
    });

    it('lets a bureau create public-welfare posts in its jurisdiction only', async () => {
      const posting = await create(bureau, welfare());
      expect(posting).toMatchObject({ kind: 'PUBLIC_WELFARE', organization: null, region: { code: '522731', name: '惠水县' }, openings: 2 });
      expect(await outboxCount('posting', posting.id)).toBe(1);
      expect(await otherBureau.errorCode(CREATE, { input: welfare() })).toBe('FORBIDDEN');
      expect(await bureau.errorCode(CREATE, { input: welfare({ regionCode: '530102' }) })).toBe('FORBIDDEN');
      expect(await bureau.errorCode(CREATE, { input: eastWest({ regionCode: '522731', partnerRegionCodes: ['530000'] }) })).toBe('FORBIDDEN');
    });

    it('refuses public-welfare posts from employers', async () => {
      expect(await employer.errorCode(CREATE, { input: welfare({ regionCode: '440306' }) })).toBe('FORBIDDEN');
    });

    it('lets ADMIN post for an organisation or run a welfare post, but not post without an owner otherwise', async () => {
      expect((await create(admin, eastWest({ organizationId: otherOrg, regionCode: '330102' }))).organization.id).toBe(otherOrg);
      expect((await create(admin, welfare({ regionCode: '530102' }))).organization).toBeNull();
      expect(await problemFields(admin, CREATE, eastWest())).toEqual(['organizationId']);
    });
  });

  describe('validation names the field', () => {
    it('counts a title in characters: 60 Chinese characters pass, 61 do not', async () => {
      expect((await create(employer, eastWest({ title: '招'.repeat(60) }))).title).toHaveLength(60);
      const title = '电子厂招聘普工'.repeat(8) + '长白班急聘'; // 61 characters, 183 bytes in UTF-8
      expect([...title]).toHaveLength(61);
      const result = await employer.gql(CREATE, { input: eastWest({ title }) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['title'] });
      expect(result.errors?.[0].message).toContain('61');
    });

    it('refuses wageMin above wageMax', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ wageMin: 7000, wageMax: 5000 }))).toEqual(['wageMin']);
    });

    it('refuses a 13-month public-welfare contract', async () => {
      expect(await problemFields(bureau, CREATE, welfare({ contractMonths: 13 }))).toEqual(['contractMonths']);
    });

    it('refuses an EAST_WEST posting without a partner province, or naming its own', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ partnerRegionCodes: [] }))).toEqual(['partnerRegionCodes']);
      expect(await problemFields(employer, CREATE, eastWest({ partnerRegionCodes: ['440000'] }))).toEqual(['partnerRegionCodes']);
      expect(await problemFields(employer, CREATE, eastWest({ partnerRegionCodes: ['520100'] }))).toEqual(['partnerRegionCodes']);
    });

    it('refuses unknown regions and regions above county level', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ regionCode: '449999' }))).toEqual(['regionCode']);
      expect(await problemFields(employer, CREATE, eastWest({ regionCode: '440300' }))).toEqual(['regionCode']);
    });

    it('refuses a location outside China', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ location: { lat: 48.85, lng: 2.35 } }))).toEqual(['location.lng']);
    });

    it('refuses a validUntil in the past', async () => {
      expect(await problemFields(employer, CREATE, eastWest({ validUntil: '2020-01-01' }))).toEqual(['validUntil']);
    });

    it('reports every problem in one answer', async () => {
      const fields = await problemFields(
        employer,
        CREATE,
        eastWest({ title: '工', wageMin: 9000, wageMax: 5000, headcount: 0, partnerRegionCodes: [], regionCode: '449999' }),
      );
      expect(fields.sort()).toEqual(['headcount', 'partnerRegionCodes', 'regionCode', 'title', 'wageMin']);
    });
  });

  describe('visibility', () => {
    it('hides an unverified workshop’s posting from the public until the bureau verifies the workshop', async () => {
      const posting = await create(workshop, { ...welfare(), kind: 'WORKSHOP', title: '扶贫车间服装加工', contractMonths: 12 });
      const filter = { organizationId: workshopOrg };

      expect(await t.anonymous.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await worker.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await otherEmployer.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await otherBureau.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await listedIds(t.anonymous, filter)).not.toContain(posting.id);
      expect(await listedIds(worker, filter)).toEqual([]);
      expect(await listedIds(otherBureau, filter)).toEqual([]);

      expect((await workshop.ok(POSTING, { id: posting.id })).posting.id).toBe(posting.id);
      expect((await bureau.ok(POSTING, { id: posting.id })).posting.id).toBe(posting.id);
      expect((await admin.ok(POSTING, { id: posting.id })).posting.id).toBe(posting.id);
      expect(await listedIds(workshop, filter)).toContain(posting.id);
      expect(await listedIds(bureau, filter)).toContain(posting.id);

      // Someone outside the region cannot verify; the region's bureau can, and search hears of it in the same transaction.
      expect(await otherBureau.errorCode(VERIFY, { id: workshopOrg })).toBe('FORBIDDEN');
      expect(await outboxCount('organization', workshopOrg)).toBe(0);
      expect((await bureau.ok(VERIFY, { id: workshopOrg })).verifyOrganization.verified).toBe(true);
      expect(await outboxCount('organization', workshopOrg)).toBe(1);
      await bureau.ok(VERIFY, { id: workshopOrg });
      expect(await outboxCount('organization', workshopOrg)).toBe(1);

      expect((await t.anonymous.ok(POSTING, { id: posting.id })).posting).toMatchObject({ id: posting.id, organization: { name: '惠水县好花红就业帮扶车间' } });
      expect(await listedIds(t.anonymous, filter)).toContain(posting.id);
      expect(await listedIds(worker, filter)).toContain(posting.id);
    });

    it('closing hides a posting from the public but not from its owner; closing again changes nothing', async () => {
      const posting = await create(employer, eastWest({ title: '注塑车间操作工' }));
      expect((await t.anonymous.ok(POSTING, { id: posting.id })).posting.status).toBe('OPEN');
      expect(await otherEmployer.errorCode(CLOSE, { id: posting.id })).toBe('FORBIDDEN');
      expect(await worker.errorCode(CLOSE, { id: posting.id })).toBe('FORBIDDEN');
      expect(await bureau.errorCode(CLOSE, { id: posting.id })).toBe('FORBIDDEN');

      expect((await employer.ok(CLOSE, { id: posting.id })).closePosting.status).toBe('CLOSED');
      expect(await outboxCount('posting', posting.id)).toBe(2);
      expect((await employer.ok(CLOSE, { id: posting.id })).closePosting.status).toBe('CLOSED');
      expect(await outboxCount('posting', posting.id)).toBe(2);

      expect(await t.anonymous.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await worker.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await listedIds(t.anonymous, { organizationId: employerOrg })).not.toContain(posting.id);
      expect((await employer.ok(POSTING, { id: posting.id })).posting.status).toBe('CLOSED');
      expect(await listedIds(employer, { organizationId: employerOrg, status: 'CLOSED' })).toContain(posting.id);
      // Once hidden, it does not exist for outsiders, even when they try to change it.
      expect(await otherEmployer.errorCode(CLOSE, { id: posting.id })).toBe('NOT_FOUND');
      expect(await employer.errorCode(UPDATE, { input: { id: posting.id, title: '注塑操作工' } })).toBe('CONFLICT');
    });

    it('hides an expired posting from the public', async () => {
      const posting = await create(employer, eastWest({ title: '仓库分拣员' }));
      await db.query('UPDATE postings SET valid_until = CURRENT_DATE - 2 WHERE id = $1', [posting.id]);
      expect(await t.anonymous.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      expect(await listedIds(t.anonymous, { organizationId: employerOrg })).not.toContain(posting.id);
      expect((await employer.ok(POSTING, { id: posting.id })).posting.id).toBe(posting.id);
    });

    it('lets the bureau close its own welfare post, and nobody outside its jurisdiction', async () => {
      const posting = await create(bureau, welfare({ title: '护林员' }));
      expect(await otherBureau.errorCode(CLOSE, { id: posting.id })).toBe('FORBIDDEN');
      expect(await employer.errorCode(CLOSE, { id: posting.id })).toBe('FORBIDDEN');
      expect((await bureau.ok(CLOSE, { id: posting.id })).closePosting.status).toBe('CLOSED');
      expect(await otherBureau.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
    });
  });

  describe('updating', () => {
    it('the owner edits; the change is validated, reaches the outbox, and others are refused', async () => {
      const posting = await create(employer, eastWest({ title: '质检员' }));
      const updated = (await employer.ok(UPDATE, { input: { id: posting.id, title: '质检员（白班）', wageMax: 7200, location: null, laborBrand: null } }))
        .updatePosting;
      expect(updated).toMatchObject({
        title: '质检员（白班）',
        wageMin: 4800,
        wageMax: 7200,
        location: null,
        laborBrand: null,
        partnerRegionCodes: ['520000'],
      });
      expect(await outboxCount('posting', posting.id)).toBe(2);

      expect(await problemFields(employer, UPDATE, { id: posting.id, wageMin: 8000 })).toEqual(['wageMin']);
      expect(await problemFields(employer, UPDATE, { id: posting.id, title: '质'.repeat(61), contractMonths: 61 })).toEqual(['title', 'contractMonths']);
      expect(await otherEmployer.errorCode(UPDATE, { input: { id: posting.id, title: '别人的岗位' } })).toBe('FORBIDDEN');
      expect(await worker.errorCode(UPDATE, { input: { id: posting.id, title: '别人的岗位' } })).toBe('FORBIDDEN');
      expect(await bureau.errorCode(UPDATE, { input: { id: posting.id, title: '别人的岗位' } })).toBe('FORBIDDEN');
      expect(await outboxCount('posting', posting.id)).toBe(2);
      expect((await t.anonymous.ok(POSTING, { id: posting.id })).posting.title).toBe('质检员（白班）');
    });

    it('never lowers the headcount below the workers placed; taking the last opening makes it FILLED', async () => {
      const posting = await create(employer, eastWest({ title: '叉车司机', headcount: 5 }));
      await db.query('UPDATE postings SET active_placements = 3 WHERE id = $1', [posting.id]);
      expect(await problemFields(employer, UPDATE, { id: posting.id, headcount: 2 })).toEqual(['headcount']);
      const filled = (await employer.ok(UPDATE, { input: { id: posting.id, headcount: 3 } })).updatePosting;
      expect(filled).toMatchObject({ headcount: 3, openings: 0, status: 'FILLED' });
      expect(await t.anonymous.errorCode(POSTING, { id: posting.id })).toBe('NOT_FOUND');
      const reopened = (await employer.ok(UPDATE, { input: { id: posting.id, headcount: 4 } })).updatePosting;
      expect(reopened).toMatchObject({ openings: 1, status: 'OPEN' });
    });

    it('the bureau edits its welfare post but cannot move it out of its jurisdiction or past 12 months', async () => {
      const posting = await create(bureau, welfare({ title: '乡村道路养护员' }));
      expect((await bureau.ok(UPDATE, { input: { id: posting.id, wageMax: 1200 } })).updatePosting.wageMax).toBe(1200);
      expect(await problemFields(bureau, UPDATE, { id: posting.id, contractMonths: 13 })).toEqual(['contractMonths']);
      expect(await bureau.errorCode(UPDATE, { input: { id: posting.id, regionCode: '530102' } })).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for a posting that does not exist and BAD_USER_INPUT for an id that is not one', async () => {
      expect(await employer.errorCode(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', title: '不存在' } })).toBe('NOT_FOUND');
      expect(await t.anonymous.errorCode(POSTING, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await t.anonymous.errorCode(POSTING, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    });
  });
});
