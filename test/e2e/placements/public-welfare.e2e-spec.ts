import { randomInt } from 'node:crypto';
import { chinaToday } from '@app/common';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id status } }';
const NOMINATE = 'mutation($input: NominateWorkersInput!) { nominateWorkers(input: $input) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id status organized postingId } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const APPLICATIONS = `query($postingId: ID!, $first: Int, $after: String) { applications(filter: { postingId: $postingId }, first: $first, after: $after) {
  totalCount edges { cursor node { id workerId } } pageInfo { hasNextPage endCursor } } }`;

const COUNTY = '522732'; // 三都水族自治县: the welfare posts' county
const NEIGHBOUR = '522731'; // 惠水县

const reasonOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.reason;

/**
 * 乡村公益性岗位 as they are filled: by the county bureau (按需设岗、以岗聘任), only 三类人员 of the posting's county, weak
 * and half labour first among the applicants; an application is an expression of interest the bureau hires from.
 */
describe('public-welfare posts (乡村公益性岗位)', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州: runs the county's welfare posts and registers its people
  let agent: Caller;
  let agentOrg: string;
  let employerOrg: string;
  let welfarePost: string;

  async function newWorker(
    options: { hukou?: string; categories?: string[]; laborCapacity?: string; registrar?: Caller } = {},
  ): Promise<{ id: string; caller: Caller }> {
    const username = uniqueUsername('w');
    const hukou = options.hukou ?? COUNTY;
    const input = {
      name: '韦阿妹',
      idNumber: randomIdNumber(hukou),
      phone: `139${String(randomInt(100_000_000)).padStart(8, '0')}`,
      hukouRegionCode: hukou,
      categories: options.categories ?? ['MONITORING_TARGET'],
      laborCapacity: options.laborCapacity ?? 'FULL',
      username,
      password: TEST_PASSWORD,
    };
    const id: string = (await (options.registrar ?? bureau).ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    if (options.registrar?.role === 'AGENT') await acceptRegistration(bureau, id);
    return { id, caller: await t.signIn(username, TEST_PASSWORD) };
  }

  /** A worker whose category ended today (e.g. 监测对象 who left monitoring, 消除风险): in no category any more. */
  async function formerCategoryWorker(): Promise<{ id: string; caller: Caller }> {
    const worker = await newWorker();
    await queryOne(`UPDATE worker_categories SET effective_from = '2020-01-01', effective_to = $2 WHERE worker_id = $1`, [worker.id, chinaToday()]);
    return worker;
  }

  const newWelfarePost = () => insertPosting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: COUNTY, title: '护林员', headcount: 5 });

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { name: '三都县某劳务公司' }));
    await bureau.ok(VERIFY_ORG, { id: agentOrg });
    ({ organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', COUNTY, { name: '三都县某农产品公司' }));
    welfarePost = await newWelfarePost();
  });

  afterAll(() => t.close());

  it('takes applications from 三类人员 of its county: the bureau hires from them', async () => {
    const worker = await newWorker();
    const application = (await worker.caller.ok(APPLY, { postingId: welfarePost })).applyToPosting;
    expect(application.status).toBe('APPLIED');
    const hired = (await bureau.ok(HIRE, { input: { applicationId: application.id, startDate: chinaToday(), contractMonths: 12 } })).hire;
    expect(hired).toMatchObject({ status: 'ACTIVE', organized: false, postingId: welfarePost });
  });

  it('refuses a worker no longer in any category, and one whose hukou lies in another county, with a Chinese reason', async () => {
    const none = await formerCategoryWorker();
    const refused = await none.caller.gql(APPLY, { postingId: welfarePost });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WELFARE_NOT_THREE_CATEGORIES', fields: ['postingId'] });
    expect(refused.errors?.[0].message).toContain('三类人员');

    const neighbour = await newWorker({ hukou: NEIGHBOUR });
    const outside = await neighbour.caller.gql(APPLY, { postingId: welfarePost });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WELFARE_OUTSIDE_COUNTY' });
    expect(outside.errors?.[0].message).toContain(`户籍在岗位所在县（${COUNTY}）`);

    // The same people may apply to an ordinary local job.
    const local = await insertPosting({ organizationId: employerOrg, kind: 'LOCAL', regionCode: COUNTY, title: '农产品分拣' });
    expect((await none.caller.ok(APPLY, { postingId: local })).applyToPosting.status).toBe('APPLIED');
    expect((await neighbour.caller.ok(APPLY, { postingId: local })).applyToPosting.status).toBe('APPLIED');
  });

  it('refuses the same people when the bureau records a placement on a welfare post (the rule holds however it is filled)', async () => {
    const none = await formerCategoryWorker();
    const late = { postingId: welfarePost, startDate: '2026-03-01', contractMonths: 12, reason: '纸质台账补录' };
    // Their category ended today: held on 2026-03-01, no longer on a start today.
    expect(reasonOf(await bureau.gql(RECORD_LATE, { input: { ...late, startDate: chinaToday(), workerId: none.id } }))).toBe('WELFARE_NOT_THREE_CATEGORIES');
    const neighbour = await newWorker({ hukou: NEIGHBOUR });
    expect(reasonOf(await bureau.gql(RECORD_LATE, { input: { ...late, startDate: chinaToday(), workerId: neighbour.id } }))).toBe('WELFARE_OUTSIDE_COUNTY');
    // Categories count as they were on the start date: a worker who became 监测对象 today was none on 2026-03-01.
    const recent = await newWorker();
    expect(reasonOf(await bureau.gql(RECORD_LATE, { input: { ...late, workerId: recent.id } }))).toBe('WELFARE_NOT_THREE_CATEGORIES');
    expect((await bureau.ok(RECORD_LATE, { input: { ...late, startDate: chinaToday(), workerId: recent.id } })).recordHistoricalPlacement.id).toBeTruthy();
  });

  it('takes no nomination from an agency: the county fills its posts itself', async () => {
    const worker = await newWorker({ registrar: agent });
    const nominated = await agent.gql(NOMINATE, { input: { postingId: welfarePost, workerIds: [worker.id] } });
    expect(nominated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WELFARE_NO_NOMINATION' });
    expect(nominated.errors?.[0].message).toContain('按需设岗、以岗聘任');
    // The agency may still nominate the same worker for an ordinary job.
    const local = await insertPosting({ organizationId: employerOrg, kind: 'LOCAL', regionCode: COUNTY, title: '茶园采摘' });
    expect((await agent.ok(NOMINATE, { input: { postingId: local, workerIds: [worker.id] } })).nominateWorkers).toHaveLength(1);
  });

  it('lists weak and half labour (弱劳力、半劳力) first among a welfare post’s applicants, page after page', async () => {
    const post = await newWelfarePost();
    const full1 = await newWorker({ laborCapacity: 'FULL' });
    const weak = await newWorker({ laborCapacity: 'WEAK' });
    const full2 = await newWorker({ laborCapacity: 'FULL' });
    const half = await newWorker({ laborCapacity: 'HALF' });
    for (const w of [full1, weak, full2, half]) await w.caller.ok(APPLY, { postingId: post });

    const all = (await bureau.ok(APPLICATIONS, { postingId: post, first: 10 })).applications;
    expect(all.totalCount).toBe(4);
    // Weak and half first (newest first among them), then full labour (newest first).
    expect(all.edges.map((e: { node: { workerId: string } }) => e.node.workerId)).toEqual([half.id, weak.id, full2.id, full1.id]);

    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (await bureau.ok(APPLICATIONS, { postingId: post, first: 1, after })).applications;
      seen.push(...page.edges.map((e: { node: { workerId: string } }) => e.node.workerId));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual([half.id, weak.id, full2.id, full1.id]);

    // An ordinary posting's applicants stay newest first, whatever their labour capacity.
    const local = await insertPosting({ organizationId: employerOrg, kind: 'LOCAL', regionCode: COUNTY, title: '包装工' });
    for (const w of [full1, weak, full2, half]) await w.caller.ok(APPLY, { postingId: local });
    const employer = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const ordinary = (await employer.ok(APPLICATIONS, { postingId: local, first: 10 })).applications;
    expect(ordinary.edges.map((e: { node: { workerId: string } }) => e.node.workerId)).toEqual([half.id, full2.id, weak.id, full1.id]);
  });
});
