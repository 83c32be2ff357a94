import { randomIdNumber } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const APPLICANT_MATCH = 'query($postingId: ID!) { applications(filter: { postingId: $postingId }) { edges { node { workerId match { score reasons } } } } }';
const RECOMMEND_WORKERS = 'query($id: ID!) { recommendWorkers(postingId: $id, first: 50) { score reasons worker { id } } }';

// 罗甸县 (522728): a county of its own for this suite.
const COUNTY = '522728';
const HOUSEHOLD_FACT = '零就业家庭优先帮扶';
const CATEGORY_FACT = '易地搬迁群众，安置点附近的帮扶车间';

/**
 * Match reasons are personal data too: "零就业家庭" is a household fact (staff only) and "易地搬迁" a category (staff,
 * the worker, the registering agency). The employer ranking its applicants gets neither, nor a score that betrays them.
 */
describe('match reasons follow what the caller may see of the worker', () => {
  let t: TestApp;
  let bureau: Caller;
  let employer: Caller;
  let postingId: string;
  let workerId: string;
  let applicant: Caller;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', COUNTY), TEST_PASSWORD);
    const workshop = await signUpOrganization(t, 'WORKSHOP', COUNTY, { name: '罗甸县帮扶车间', verifiedBy: bureau });
    employer = workshop.caller;
    postingId = (
      await employer.ok(CREATE_POSTING, {
        input: { kind: 'WORKSHOP', title: '来料加工', regionCode: COUNTY, wageMin: 2200, wageMax: 2800, headcount: 10, contractMonths: 12, skills: ['手工'] },
      })
    ).createPosting.id as string;
    const username = `relocated_${Date.now()}`;
    workerId = (
      await bureau.ok(REGISTER_WORKER, {
        input: {
          name: '岑阿香',
          idNumber: randomIdNumber(COUNTY),
          hukouRegionCode: COUNTY,
          categories: ['POVERTY_ALLEVIATED', 'RELOCATED'],
          laborCapacity: 'HALF',
          skills: ['手工'],
          username,
          password: TEST_PASSWORD,
        },
      })
    ).registerWorker.id as string;
    applicant = await t.signIn(username, TEST_PASSWORD);
    await applicant.ok(APPLY, { postingId });
  });
  afterAll(() => t.close());

  const matchOf = async (caller: Caller) => {
    const matches = (await caller.ok(RECOMMEND_WORKERS, { id: postingId })).recommendWorkers as Array<{
      score: number;
      reasons: string[];
      worker: { id: string };
    }>;
    const match = matches.find((m) => m.worker.id === workerId);
    if (!match) throw new Error('the applicant is not among the matches');
    return match;
  };

  it('tells the county bureau the household and category factors', async () => {
    const match = await matchOf(bureau);
    expect(match.reasons).toEqual(expect.arrayContaining([HOUSEHOLD_FACT, CATEGORY_FACT]));
  });

  it('leaves both out of the employer’s reasons and score', async () => {
    const staff = await matchOf(bureau);
    const shown = await matchOf(employer);
    expect(shown.reasons).not.toContain(HOUSEHOLD_FACT);
    expect(shown.reasons).not.toContain(CATEGORY_FACT);
    expect(shown.reasons).toEqual(staff.reasons.filter((r) => r !== HOUSEHOLD_FACT && r !== CATEGORY_FACT));
    expect(shown.score).toBeLessThan(staff.score);
  });

  it('gives the employer each applicant’s match (应聘者 with 为什么推荐) as recommendWorkers scores it, and nobody else', async () => {
    const applicationMatch = async (caller: Caller) =>
      ((await caller.ok(APPLICANT_MATCH, { postingId })).applications.edges as Array<{ node: { workerId: string; match: unknown } }>).find(
        (e) => e.node.workerId === workerId,
      )?.node.match;
    const recommended = await matchOf(employer);
    expect(await applicationMatch(employer)).toEqual({ score: recommended.score, reasons: recommended.reasons });
    expect(await applicationMatch(employer)).not.toEqual(expect.objectContaining({ reasons: expect.arrayContaining([HOUSEHOLD_FACT]) as unknown }));
    // The worker sees their own application, the county bureau sees the worker: neither manages this posting.
    expect(await applicationMatch(applicant)).toBeNull();
    expect(await applicationMatch(bureau)).toBeNull();
  });
});
