import { randomUUID } from 'node:crypto';
import { Role } from '@app/common';
import { UNCLAIMED_SCAN_LIMIT, UnclaimedSubsidiesService, type UnclaimedScanLimits } from '@app/subsidies';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { recordLatePlacement } from '../../support/late-placement.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const COUNTY = '522728'; // 罗甸县: no other suite places anyone from here
const SUBMIT = 'mutation($input: SubmitSubsidyClaimInput!) { submitSubsidyClaim(input: $input) { id } }';
const ELIGIBILITY = 'query($id: ID!) { subsidyEligibility(placementId: $id) { kind status amount } }';
const UNCLAIMED = `query($filter: UnclaimedSubsidyFilterInput, $first: Int, $after: String) {
  eligibleUnclaimedSubsidies(filter: $filter, first: $first, after: $after) {
    edges { cursor node { placement { id worker { name maskedIdNumber } } assessment { kind status amount title beneficiary beneficiaryOrganizationId policy { version } } } }
    pageInfo { hasNextPage endCursor } scannedPlacements } }`;

interface Node {
  placement: { id: string; worker: { name: string; maskedIdNumber: string } };
  assessment: {
    kind: string;
    status: string;
    amount: number;
    title: string;
    beneficiary: string;
    beneficiaryOrganizationId: string | null;
    policy: { version: string };
  };
}

/** 应发尽发: a county bureau lists what its people are owed and nobody has claimed, computed by the same engine. */
describe('eligibleUnclaimedSubsidies', () => {
  let t: TestApp;
  let county: Caller;
  let neighbour: Caller;
  let employer: Caller;
  let employerOrg: string;
  let agency: { caller: Caller; organizationId: string };
  let otherAgency: Caller;
  const placements: string[] = [];

  async function placement(name: string, months: string[], agentOrganizationId?: string): Promise<string> {
    const late = { bureau: county, employer, employerOrganizationId: employerOrg, county: COUNTY, name, startDate: '2025-09-01', months, agentOrganizationId };
    return (await recordLatePlacement(late)).placementId;
  }

  /** Every item, page by page (`first` at a time). */
  async function walk(first: number, filter: Record<string, unknown> = {}, caller: Caller = county): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const data: { eligibleUnclaimedSubsidies: { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
        await caller.ok(UNCLAIMED, { filter, first, after });
      nodes.push(...data.eligibleUnclaimedSubsidies.edges.map((e) => e.node));
      if (!data.eligibleUnclaimedSubsidies.pageInfo.hasNextPage) return nodes;
      after = data.eligibleUnclaimedSubsidies.pageInfo.endCursor;
    }
    throw new Error('more than 50 pages');
  }

  const key = (n: Node) => `${n.placement.id}:${n.assessment.kind}`;

  beforeAll(async () => {
    t = await startTestApp();
    county = await t.signIn(await insertAccount('BUREAU', COUNTY), TEST_PASSWORD);
    neighbour = await t.signIn(await insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳应发尽发测试厂' }));
    agency = await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { name: '罗甸县劳务公司', verifiedBy: county });
    otherAgency = (await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { name: '罗甸县另一家劳务公司', verifiedBy: county })).caller;
    const three = ['2025-09', '2025-10', '2025-11'];
    for (const name of ['王阿秀', '黄老三', '蒙小燕']) placements.push(await placement(name, three));
    placements.push(await placement('罗一妹', ['2025-09'])); // one month: transport still pending
    placements.push(await placement('岑阿花', three, agency.organizationId)); // organised by the agency: its 跟踪服务补贴
  }, 120_000);

  afterAll(() => t.close());

  it('lists exactly the ELIGIBLE assessments subsidyEligibility gives, with worker, amount and policy version', async () => {
    const expected: string[] = [];
    for (const id of placements) {
      for (const a of (await county.ok(ELIGIBILITY, { id })).subsidyEligibility) if (a.status === 'ELIGIBLE') expected.push(`${id}:${a.kind}`);
    }
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.some((k) => k.startsWith(placements[3]) && k.endsWith(':TRANSPORT'))).toBe(false);
    const listed = await walk(100);
    expect(listed.map(key).sort()).toEqual(expected.sort());
    const transport = listed.find((n) => n.placement.id === placements[0] && n.assessment.kind === 'TRANSPORT')!;
    expect(transport.assessment).toMatchObject({ status: 'ELIGIBLE', amount: 500, title: '一次性交通补助', policy: { version: '1' } });
    expect(transport.placement.worker).toMatchObject({ name: '王阿秀', maskedIdNumber: expect.stringMatching(/^522728\*{11}[\dX]$/) });
  });

  it('pages one at a time without losing or repeating an item, and filters by kind', async () => {
    const all = (await walk(100)).map(key);
    expect((await walk(1)).map(key)).toEqual(all);
    expect((await walk(2)).map(key)).toEqual(all);
    const transport = await walk(100, { kind: 'TRANSPORT' });
    expect(transport.map(key)).toEqual(all.filter((k) => k.endsWith(':TRANSPORT')));
  });

  it('drops an item once it is claimed', async () => {
    await county.ok(SUBMIT, { input: { placementId: placements[1], kind: 'TRANSPORT' } });
    const listed = (await walk(100)).map(key);
    expect(listed).not.toContain(`${placements[1]}:TRANSPORT`);
    expect(listed).toContain(`${placements[0]}:TRANSPORT`);
  });

  it('carries on where a call stopped early (its time budget spent after one batch), losing and repeating nothing', async () => {
    const all = (await walk(100)).map(key);
    const service = t.app.get(UnclaimedSubsidiesService);
    const bureau = { accountId: randomUUID(), username: 'county', role: Role.BUREAU, regionCode: COUNTY, organizationId: null, workerId: null };
    // The slowest server possible: every call's budget is spent once it has read its first batch, of one placement.
    const spent: UnclaimedScanLimits = { chunk: 1, placements: UNCLAIMED_SCAN_LIMIT, budgetMs: 0 };
    const walked: string[] = [];
    let after: string | null = null;
    let calls = 0;
    do {
      const page = await service.list(bureau, { regionCode: COUNTY }, 100, after, spent);
      expect(page.scannedPlacements).toBe(1);
      walked.push(...page.items.map((i) => `${i.placement.id}:${i.assessment.kind}`));
      after = page.hasNextPage ? page.endCursor : null;
      calls++;
    } while (after && calls < 50);
    expect(walked).toEqual(all);
    expect(calls).toBeGreaterThanOrEqual(placements.length);
  });

  it('is for the region’s bureau only, and refuses a cursor it did not issue', async () => {
    const foreign = await neighbour.gql(UNCLAIMED, { filter: { regionCode: COUNTY } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const forged = await county.gql(UNCLAIMED, { after: Buffer.from(JSON.stringify(['2025-13-45', placements[0], 0])).toString('base64url') });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });

  it('gives an agency and an employer only what they may claim themselves, at their own placements', async () => {
    const everything = await walk(100);
    const organised = everything.filter((n) => n.placement.id === placements[4]);
    expect(organised.map((n) => n.assessment.kind)).toContain('TRACKING_SERVICE');
    // The agency: its 跟踪服务补贴 for the placement it organised, never the worker's own subsidies.
    const ownByAgency = await walk(1, {}, agency.caller);
    expect(ownByAgency.map(key)).toEqual(organised.filter((n) => n.assessment.beneficiaryOrganizationId === agency.organizationId).map(key));
    expect(ownByAgency.map((n) => n.assessment.kind)).toEqual(['TRACKING_SERVICE']);
    expect(ownByAgency[0].placement.worker.name).toBe('岑阿花');
    expect(await walk(100, {}, otherAgency)).toEqual([]);
    // The employer: only what is paid to it, at its placements.
    const ownByEmployer = await walk(100, {}, employer);
    expect(ownByEmployer.map(key)).toEqual(everything.filter((n) => n.assessment.beneficiaryOrganizationId === employerOrg).map(key));
    expect(ownByEmployer.every((n) => n.assessment.beneficiary === 'EMPLOYER' && placements.includes(n.placement.id))).toBe(true);
    // Workers and the public are not served this list.
    expect(await t.anonymous.errorCode(UNCLAIMED, {})).toBe('UNAUTHENTICATED');
  });
});
