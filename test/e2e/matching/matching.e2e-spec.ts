import { randomCreditCode, randomIdNumber, uniqueUsername, waitForIndexing } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { verifyOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECOMMEND_WORKERS =
  'query($id: ID!, $first: Int) { recommendWorkers(postingId: $id, first: $first) { score reasons worker { id name maskedIdNumber laborCapacity } } }';
const RECORD = 'mutation($input: RecordRecommendationRoundInput!) { recordRecommendationRound(input: $input) { id postingIds } }';
const UNSERVED =
  'query($region: String!) { unservedJobSeekers(regionCode: $region, first: 100) { totalCount edges { node { qualifyingRounds worker { id } } } } }';

// 长顺县 (522729): no other suite registers workers here, so counts below are exact.
const COUNTY = '522729';
const HOME = { lat: 26.02, lng: 106.45 };

describe('matching job seekers and recording recommendation rounds', () => {
  let t: TestApp;
  let bureau: Caller;
  let agent: Caller;
  let employer: Caller;
  let employerOrg: string;
  const ids: Record<string, string> = {};

  async function signUp(kind: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name: '长顺县测试机构', kind, creditCode: randomCreditCode(COUNTY), regionCode: COUNTY, smallOrMicro: true, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  async function register(by: Caller, name: string, extra: Record<string, unknown>): Promise<string> {
    const input = {
      name,
      idNumber: randomIdNumber(COUNTY),
      hukouRegionCode: COUNTY,
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      location: HOME,
      ...extra,
    };
    const id: string = (await by.ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    if (by.role === 'AGENT') await acceptRegistration(bureau, id);
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    const agency = await signUp('LABOR_AGENCY');
    agent = agency.caller;
    // Vetted organisations: the agency registers workers once its bureau verified it.
    await verifyOrganization(bureau, agency.organizationId);
    ({ caller: employer, organizationId: employerOrg } = await signUp('ENTERPRISE'));
    ids.full = await register(bureau, '罗大力', { skills: ['缝纫', '普工'], willingToMigrate: true, expectedMonthlyWage: 4000 });
    ids.weak = await register(bureau, '罗阿婆', { laborCapacity: 'WEAK', willingToMigrate: false });
    ids.homebody = await register(bureau, '罗小弟', { willingToMigrate: false });
    ids.byAgent = await register(agent, '罗二姐', { willingToMigrate: true });
  });

  afterAll(() => t.close());

  it('puts the weak worker first for a public-welfare post at home, with readable reasons', async () => {
    const welfare = await insertPosting({ organizationId: null, kind: 'PUBLIC_WELFARE', regionCode: COUNTY, title: '村级保洁员', contractMonths: 12 });
    const matches = (await bureau.ok(RECOMMEND_WORKERS, { id: welfare, first: 10 })).recommendWorkers;
    const mine = matches.filter((m: { worker: { id: string } }) => Object.values(ids).includes(m.worker.id));
    expect(mine[0].worker.id).toBe(ids.weak);
    expect(mine[0].reasons).toContain('弱劳力、半劳力优先安排公益性岗位');
    expect(mine[0].worker.maskedIdNumber).toMatch(/^\d{6}\*{11}[\dX]$/);
    const full = mine.find((m: { worker: { id: string } }) => m.worker.id === ids.full);
    expect(full.reasons).toContain('公益性岗位优先安置弱劳力、半劳力，全劳力仅作兜底');
  });

  it('never puts a worker unwilling to migrate forward for a job in another province', async () => {
    const eastWest = await insertPosting({ organizationId: employerOrg, kind: 'EAST_WEST', regionCode: '440306', title: '电子厂普工' });
    const matches = (await bureau.ok(RECOMMEND_WORKERS, { id: eastWest, first: 50 })).recommendWorkers;
    const seen = matches.map((m: { worker: { id: string } }) => m.worker.id);
    expect(seen).toContain(ids.full);
    expect(seen).not.toContain(ids.homebody);
    expect(seen).not.toContain(ids.weak);
  });

  it('shows an employer only the job seekers it deals with, and refuses workers the question', async () => {
    const local = await insertPosting({ organizationId: employerOrg, kind: 'LOCAL', regionCode: COUNTY, title: '服装厂缝纫工' });
    const before = (await employer.ok(RECOMMEND_WORKERS, { id: local })).recommendWorkers;
    expect(before).toEqual([]);
    const fromAgent = (await agent.ok(RECOMMEND_WORKERS, { id: local })).recommendWorkers;
    expect(fromAgent.map((m: { worker: { id: string } }) => m.worker.id)).toEqual([ids.byAgent]);
    const username = uniqueUsername('w');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name: '罗三妹',
        idNumber: randomIdNumber(COUNTY),
        hukouRegionCode: COUNTY,
        categories: ['RELOCATED'],
        laborCapacity: 'FULL',
        username,
        password: TEST_PASSWORD,
      },
    });
    const worker = await t.signIn(username, TEST_PASSWORD);
    expect(await worker.errorCode(RECOMMEND_WORKERS, { id: local })).toBe('FORBIDDEN');
  });

  it('records rounds and keeps the worker on the bureau’s list until 3 rounds of 5 postings', async () => {
    const postings = await Promise.all(
      Array.from({ length: 5 }, (_, i) => insertPosting({ organizationId: employerOrg, regionCode: COUNTY, title: `岗位${i}` })),
    );
    const start = (await bureau.ok(UNSERVED, { region: COUNTY })).unservedJobSeekers;
    const row = start.edges.find((e: { node: { worker: { id: string } } }) => e.node.worker.id === ids.byAgent);
    expect(row.node.qualifyingRounds).toBe(0);
    await agent.ok(RECORD, { input: { workerId: ids.byAgent, postingIds: postings.slice(0, 3) } });
    for (let i = 0; i < 2; i++) await agent.ok(RECORD, { input: { workerId: ids.byAgent, postingIds: postings } });
    const mid = (await bureau.ok(UNSERVED, { region: COUNTY })).unservedJobSeekers;
    expect(mid.edges.find((e: { node: { worker: { id: string } } }) => e.node.worker.id === ids.byAgent).node.qualifyingRounds).toBe(2);
    await agent.ok(RECORD, { input: { workerId: ids.byAgent, postingIds: postings } });
    const after = (await bureau.ok(UNSERVED, { region: COUNTY })).unservedJobSeekers;
    expect(after.edges.map((e: { node: { worker: { id: string } } }) => e.node.worker.id)).not.toContain(ids.byAgent);
    expect(after.totalCount).toBe(start.totalCount - 1);
    const rounds = await bureau.ok('query($id: ID!) { worker(id: $id) { recommendationRounds { postingIds } } }', { id: ids.byAgent });
    expect(rounds.worker.recommendationRounds.map((r: { postingIds: string[] }) => r.postingIds.length)).toEqual([3, 5, 5, 5]);
  });

  it('recommends open postings from the search index: home first for the weak, none far away for those who stay', async () => {
    const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
    const far = {
      kind: 'EAST_WEST',
      title: '深圳电子厂普工',
      regionCode: '440306',
      wageMin: 5000,
      wageMax: 7000,
      headcount: 20,
      contractMonths: 12,
      skills: ['普工'],
      partnerRegionCodes: ['520000'],
      location: { lat: 22.55, lng: 113.9 },
    };
    const farId = (await employer.ok(CREATE, { input: far })).createPosting.id;
    const welfareId = (
      await bureau.ok(CREATE, {
        input: {
          kind: 'PUBLIC_WELFARE',
          title: '长顺县护林员',
          regionCode: COUNTY,
          wageMin: 800,
          wageMax: 1000,
          headcount: 3,
          contractMonths: 12,
          location: HOME,
        },
      })
    ).createPosting.id;
    await waitForIndexing();
    const RECOMMEND = 'query($id: ID!) { recommendPostings(workerId: $id, first: 20) { score reasons posting { id title openings region { name } } } }';
    const forWeak = (await bureau.ok(RECOMMEND, { id: ids.weak })).recommendPostings;
    const weakIds = forWeak.map((m: { posting: { id: string } }) => m.posting.id);
    expect(weakIds).toContain(welfareId);
    expect(weakIds).not.toContain(farId);
    expect(forWeak.find((m: { posting: { id: string } }) => m.posting.id === welfareId).reasons).toContain('弱劳力、半劳力优先安排公益性岗位');
    const forHomebody = (await bureau.ok(RECOMMEND, { id: ids.homebody })).recommendPostings;
    expect(forHomebody.map((m: { posting: { id: string } }) => m.posting.id)).not.toContain(farId);
    const forMigrant = (await bureau.ok(RECOMMEND, { id: ids.full })).recommendPostings;
    const farMatch = forMigrant.find((m: { posting: { id: string } }) => m.posting.id === farId);
    expect(farMatch.reasons).toEqual(expect.arrayContaining(['东西部劳务协作对口岗位，面向本省招聘', '技能匹配：普工']));
    const welfareForFull = forMigrant.find((m: { posting: { id: string } }) => m.posting.id === welfareId);
    if (welfareForFull) expect(welfareForFull.score).toBeLessThan(farMatch.score);
    expect(await employer.errorCode(RECOMMEND, { id: ids.full })).toBe('FORBIDDEN');
  });

  it('refuses rounds for workers the caller cannot see, unknown postings, and the wrong roles', async () => {
    const posting = await insertPosting({ organizationId: employerOrg, regionCode: COUNTY });
    expect(await agent.errorCode(RECORD, { input: { workerId: ids.full, postingIds: [posting] } })).toBe('FORBIDDEN');
    expect(await employer.errorCode(RECORD, { input: { workerId: ids.full, postingIds: [posting] } })).toBe('FORBIDDEN');
    const unknown = await bureau.gql(RECORD, { input: { workerId: ids.full, postingIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(unknown.errors?.[0].extensions?.fields).toEqual(['postingIds']);
    const sibling = await t.signIn(await insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    expect(await sibling.errorCode(UNSERVED, { region: COUNTY })).toBe('FORBIDDEN');
  });
});
