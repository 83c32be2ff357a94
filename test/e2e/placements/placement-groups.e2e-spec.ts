import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { acceptRegistration } from '../../support/accepted-workers.js';
import { insertPosting, queryOne } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const GROUP_FIELDS = 'id status departureDate departurePoint transport approvedAt cancelledAt roster { workerId travelling arrivedOn placementId }';
const CREATE = `mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePlacementGroupInput!) { updatePlacementGroup(input: $input) { ${GROUP_FIELDS} } }`;
const ADD = `mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { ${GROUP_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveFromPlacementGroupInput!) { removeFromPlacementGroup(input: $input) { ${GROUP_FIELDS} } }`;
const APPROVE = `mutation($id: ID!) { approvePlacementGroup(groupId: $id) { ${GROUP_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacementGroup(groupId: $id) { ${GROUP_FIELDS} } }`;
const DEPART = `mutation($id: ID!) { departPlacementGroup(groupId: $id) { ${GROUP_FIELDS} } }`;
const ARRIVE = `mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { ${GROUP_FIELDS} } }`;
const GROUP = `query($id: ID!) { placementGroup(id: $id) { ${GROUP_FIELDS} } }`;
const GROUPS = `query($filter: PlacementGroupFilterInput, $first: Int, $after: String) {
  placementGroups(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id status postingId } } pageInfo { hasNextPage endCursor } } }`;

type Group = { id: string; status: string; approvedAt: string | null; roster: Array<{ workerId: string; travelling: boolean; placementId: string | null }> };

/**
 * Group departures (点对点): dates that could happen, and the employer's consent. An agency forms a roster for a posting
 * the public may see; the posting's employer approves it (any change of roster or date afterwards needs the approval
 * again); the group departs from the day before its date and arrives within a week; arrival creates the placements.
 */
describe('placement groups: possible dates and the employer’s consent', () => {
  let t: TestApp;
  let bureau: Caller; // 黔南州 (city): the agency's and the workers' jurisdiction
  let farBureau: Caller; // 浙江 (province): neither the posting's nor the agency's
  let employer: Caller; // an enterprise in 深圳 宝安区
  let employerOrg: string;
  let otherEmployer: Caller;
  let agent: Caller; // a verified labour agency in 惠水县
  let otherAgent: Caller;
  const today = chinaToday();

  async function signUp(kind: string, regionCode: string, name: string): Promise<{ caller: Caller; organizationId: string }> {
    const username = uniqueUsername(kind.toLowerCase());
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: false, username, password: TEST_PASSWORD },
    });
    return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
  }

  async function newWorker(by: Caller = agent): Promise<string> {
    const input = {
      name: '王二',
      idNumber: randomIdNumber('522731'),
      phone: randomMobile(),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
    };
    const id: string = (await by.ok(REGISTER_WORKER, { input })).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    if (by.role === 'AGENT') await acceptRegistration(bureau, id);
    return id;
  }

  const details = (postingId: string, departureDate = today) => ({ postingId, departureDate, departurePoint: '惠水县易地扶贫搬迁安置点', transport: '包车' });

  async function formGroup(postingId: string, workerIds: string[], departureDate = today, by: Caller = agent): Promise<Group> {
    const group: Group = (await by.ok(CREATE, { input: details(postingId, departureDate) })).createPlacementGroup;
    if (workerIds.length) await by.ok(ADD, { input: { groupId: group.id, workerIds } });
    return group;
  }

  async function reasonOf(caller: Caller, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const result = await caller.gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    return result.errors![0].extensions!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    farBureau = await t.signIn(await insertAccount('BUREAU', '330000'), TEST_PASSWORD);
    ({ caller: employer, organizationId: employerOrg } = await signUp('ENTERPRISE', '440306', '深圳某电子有限公司'));
    ({ caller: otherEmployer } = await signUp('ENTERPRISE', '330102', '杭州某服装厂'));
    const own = await signUp('LABOR_AGENCY', '522731', '惠水县劳务合作社');
    agent = own.caller;
    await bureau.ok(VERIFY_ORG, { id: own.organizationId });
    const other = await signUp('LABOR_AGENCY', '522731', '惠水县另一家劳务公司');
    otherAgent = other.caller;
    await bureau.ok(VERIFY_ORG, { id: other.organizationId });
  });

  afterAll(() => t.close());

  describe('departure date at creation and change', () => {
    it('accepts today and refuses a past date, reporting every failing field at once', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      expect((await agent.ok(CREATE, { input: details(postingId, today) })).createPlacementGroup.status).toBe('FORMING');
      const past = await reasonOf(agent, CREATE, { input: details(postingId, addDays(today, -1)) });
      expect(past).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPARTURE_IN_PAST', fields: ['departureDate'] });
      const both = await reasonOf(agent, CREATE, { input: { ...details(postingId, addDays(today, -1)), departurePoint: '  ', transport: ' ' } });
      expect(both).toMatchObject({ fields: ['departureDate', 'departurePoint', 'transport'] });
      expect((both.problems as Array<{ reason: string }>).map((p) => p.reason)).toEqual([
        'DEPARTURE_IN_PAST',
        'DEPARTURE_POINT_REQUIRED',
        'TRANSPORT_REQUIRED',
      ]);
    });

    it('updatePlacementGroup changes date, point and transport before departure; a past date is refused', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const group = await formGroup(postingId, [await newWorker()], addDays(today, 5));
      const changed = (
        await agent.ok(UPDATE, { input: { groupId: group.id, departureDate: addDays(today, 3), departurePoint: '惠水县汽车站', transport: '高铁' } })
      ).updatePlacementGroup;
      expect(changed).toMatchObject({ status: 'FORMING', departureDate: addDays(today, 3), departurePoint: '惠水县汽车站', transport: '高铁' });
      const past = await reasonOf(agent, UPDATE, { input: { groupId: group.id, departureDate: addDays(today, -2) } });
      expect(past).toMatchObject({ reason: 'DEPARTURE_IN_PAST', fields: ['departureDate'] });
      expect(await otherAgent.errorCode(UPDATE, { input: { groupId: group.id, transport: '飞机' } })).toBe('FORBIDDEN');
    });
  });

  describe('postings an agency may not see cannot have a group', () => {
    it('refuses a closed, an expired and an unverified workshop’s posting; a verified workshop’s is accepted', async () => {
      const closed = await insertPosting({ organizationId: employerOrg, status: 'CLOSED' });
      expect(await reasonOf(agent, CREATE, { input: details(closed) })).toMatchObject({ reason: 'POSTING_NOT_OPEN', fields: ['postingId'] });

      const expired = await insertPosting({ organizationId: employerOrg });
      await queryOne('UPDATE postings SET valid_until = $2 WHERE id = $1 RETURNING id', [expired, addDays(today, -1)]);
      expect(await reasonOf(agent, CREATE, { input: details(expired) })).toMatchObject({ reason: 'POSTING_NOT_VISIBLE', fields: ['postingId'] });
      // Its last day is still valid.
      const lastDay = await insertPosting({ organizationId: employerOrg });
      await queryOne('UPDATE postings SET valid_until = $2 WHERE id = $1 RETURNING id', [lastDay, today]);
      await agent.ok(CREATE, { input: details(lastDay) });

      const workshop = await signUp('WORKSHOP', '522731', '惠水县帮扶车间');
      const posting = await insertPosting({ organizationId: workshop.organizationId, kind: 'WORKSHOP', regionCode: '522731' });
      expect(await reasonOf(agent, CREATE, { input: details(posting) })).toMatchObject({ reason: 'POSTING_NOT_VISIBLE', fields: ['postingId'] });
      await bureau.ok(VERIFY_ORG, { id: workshop.organizationId });
      expect((await agent.ok(CREATE, { input: details(posting) })).createPlacementGroup.status).toBe('FORMING');
    });

    it('the employer cannot approve a roster once its posting closed', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const group = await formGroup(postingId, [await newWorker()]);
      await queryOne("UPDATE postings SET status = 'CLOSED' WHERE id = $1 RETURNING id", [postingId]);
      expect(await reasonOf(employer, APPROVE, { id: group.id })).toMatchObject({ reason: 'POSTING_NOT_OPEN', fields: ['postingId'] });
    });
  });

  describe('employer consent', () => {
    it('a group departs only with the posting’s employer’s approval, given again after every change of roster or date', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg, headcount: 5 });
      const [a, b, c] = [await newWorker(), await newWorker(), await newWorker()];
      const group = await formGroup(postingId, [a, b]);
      expect(await reasonOf(agent, DEPART, { id: group.id })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GROUP_NOT_APPROVED', fields: ['groupId'] });

      // Only the posting's employer approves: not another employer, not the agency itself.
      expect(await reasonOf(otherEmployer, APPROVE, { id: group.id })).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_POSTING' });
      expect(await agent.errorCode(APPROVE, { id: group.id })).toBe('FORBIDDEN');
      const approved: Group = (await employer.ok(APPROVE, { id: group.id })).approvePlacementGroup;
      expect(approved.status).toBe('APPROVED');
      expect(approved.approvedAt).not.toBeNull();

      // A roster change sends it back to FORMING: the new roster needs the approval again.
      const added: Group = (await agent.ok(ADD, { input: { groupId: group.id, workerIds: [c] } })).addToPlacementGroup;
      expect(added).toMatchObject({ status: 'FORMING', approvedAt: null });
      expect(await reasonOf(agent, DEPART, { id: group.id })).toMatchObject({ reason: 'GROUP_NOT_APPROVED' });
      await employer.ok(APPROVE, { id: group.id });
      const removed: Group = (await agent.ok(REMOVE, { input: { groupId: group.id, workerIds: [c] } })).removeFromPlacementGroup;
      expect(removed).toMatchObject({ status: 'FORMING', approvedAt: null });
      expect(removed.roster.map((m) => m.workerId).sort()).toEqual([a, b].sort());
      await employer.ok(APPROVE, { id: group.id });
      // So does a change of date, point or transport; repeating the same values changes nothing.
      expect((await agent.ok(UPDATE, { input: { groupId: group.id, transport: '包车' } })).updatePlacementGroup.status).toBe('APPROVED');
      expect((await agent.ok(UPDATE, { input: { groupId: group.id, transport: '高铁' } })).updatePlacementGroup.status).toBe('FORMING');
      await employer.ok(APPROVE, { id: group.id });

      const departed: Group = (await agent.ok(DEPART, { id: group.id })).departPlacementGroup;
      expect(departed.status).toBe('DEPARTED');
      // Arrival creates the placements of the approved roster.
      const arrived: Group = (await employer.ok(ARRIVE, { input: { groupId: group.id, workerIds: [a, b], arrivedOn: today } })).confirmArrival;
      expect(arrived.status).toBe('ARRIVED');
      expect(arrived.roster.every((m) => m.placementId)).toBe(true);
      expect(await queryOne('SELECT count(*)::int AS n FROM placements WHERE group_id = $1', [group.id])).toEqual({ n: 2 });
    });

    it('an empty roster cannot be approved; an approved group cannot be approved after it left', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const empty = await formGroup(postingId, []);
      expect(await reasonOf(employer, APPROVE, { id: empty.id })).toMatchObject({ reason: 'GROUP_EMPTY', fields: ['groupId'] });
      const group = await formGroup(postingId, [await newWorker()]);
      await employer.ok(APPROVE, { id: group.id });
      await agent.ok(DEPART, { id: group.id });
      expect(await reasonOf(employer, APPROVE, { id: group.id })).toMatchObject({ reason: 'GROUP_ALREADY_DEPARTED' });
      expect(await reasonOf(agent, UPDATE, { input: { groupId: group.id, transport: '飞机' } })).toMatchObject({ reason: 'GROUP_ALREADY_DEPARTED' });
      expect(await reasonOf(agent, ADD, { input: { groupId: group.id, workerIds: [await newWorker()] } })).toMatchObject({ reason: 'GROUP_NOT_FORMING' });
    });
  });

  describe('departure and arrival dates', () => {
    it('departs from the day before the departure date, not earlier', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const group = await formGroup(postingId, [await newWorker()], addDays(today, 2));
      await employer.ok(APPROVE, { id: group.id });
      expect(await reasonOf(agent, DEPART, { id: group.id })).toMatchObject({ reason: 'DEPARTURE_TOO_EARLY', fields: ['groupId'] });
      await agent.ok(UPDATE, { input: { groupId: group.id, departureDate: addDays(today, 1) } });
      await employer.ok(APPROVE, { id: group.id });
      expect((await agent.ok(DEPART, { id: group.id })).departPlacementGroup.status).toBe('DEPARTED');
    });

    it('arrival lies between the actual departure day and seven days after the departure date, and not after today', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg, createdAt: `${addDays(today, -20)}T09:00:00+08:00` });
      const [a, b] = [await newWorker(), await newWorker()];
      const group = await formGroup(postingId, [a, b]);
      await employer.ok(APPROVE, { id: group.id });
      await agent.ok(DEPART, { id: group.id });
      const arrive = (arrivedOn: string, workerIds = [a]) => ({ input: { groupId: group.id, workerIds, arrivedOn } });
      expect(await reasonOf(agent, ARRIVE, arrive(addDays(today, 1)))).toMatchObject({ reason: 'ARRIVAL_IN_FUTURE', fields: ['arrivedOn'] });
      expect(await reasonOf(agent, ARRIVE, arrive(addDays(today, -1)))).toMatchObject({ reason: 'ARRIVAL_BEFORE_DEPARTURE', fields: ['arrivedOn'] });

      // The same group, had it left nine days ago: today is two days past its window; its last day is accepted.
      await queryOne('UPDATE placement_groups SET departure_date = $2, departed_on = $2 WHERE id = $1 RETURNING id', [group.id, addDays(today, -9)]);
      const late = await reasonOf(agent, ARRIVE, arrive(today));
      expect(late).toMatchObject({ reason: 'ARRIVAL_OUT_OF_WINDOW', fields: ['arrivedOn'] });
      expect(await reasonOf(agent, ARRIVE, arrive(addDays(today, -10)))).toMatchObject({ reason: 'ARRIVAL_BEFORE_DEPARTURE' });
      // Every failing field at once: a date out of the window and a worker who is not on the roster.
      const stranger = await newWorker();
      const twoFields = await reasonOf(agent, ARRIVE, arrive(today, [a, stranger]));
      expect(twoFields.fields).toEqual(['arrivedOn', 'workerIds']);
      const ok: Group = (await agent.ok(ARRIVE, arrive(addDays(today, -2)))).confirmArrival;
      expect(ok.roster.find((m) => m.workerId === a)?.placementId).toBeTruthy();
    });

    it('a group that left the day before its date may arrive from that day on', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const worker = await newWorker();
      const group = await formGroup(postingId, [worker], addDays(today, 1));
      await employer.ok(APPROVE, { id: group.id });
      await agent.ok(DEPART, { id: group.id }); // today: the day before the departure date
      const arrived: Group = (await agent.ok(ARRIVE, { input: { groupId: group.id, workerIds: [worker], arrivedOn: today } })).confirmArrival;
      expect(arrived.status).toBe('ARRIVED');
    });
  });

  describe('the roster', () => {
    it('members of a FORMING or APPROVED group are not travelling; of a DEPARTED group they are, until they arrive', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const [a, b] = [await newWorker(), await newWorker()];
      const group = await formGroup(postingId, [a, b]);
      const forming: Group = (await agent.ok(GROUP, { id: group.id })).placementGroup;
      expect(forming.roster.map((m) => m.travelling)).toEqual([false, false]);
      expect((await employer.ok(APPROVE, { id: group.id })).approvePlacementGroup.roster.map((m: { travelling: boolean }) => m.travelling)).toEqual([
        false,
        false,
      ]);
      // Need-to-know: a roster that has not left gives the agency no working link (the phone stays masked).
      const phoneOf = async (id: string): Promise<string> => (await agent.ok('query($id: ID!) { worker(id: $id) { phone } }', { id })).worker.phone;
      const masked = await phoneOf(a);
      expect(masked).toContain('*');
      const departed: Group = (await agent.ok(DEPART, { id: group.id })).departPlacementGroup;
      expect(departed.roster.map((m) => m.travelling)).toEqual([true, true]);
      expect(await phoneOf(a)).toMatch(/^1\d{10}$/);
      // A no-show is taken off the roster after departure; once the others arrived, the group has arrived.
      const partly: Group = (await agent.ok(ARRIVE, { input: { groupId: group.id, workerIds: [a], arrivedOn: today } })).confirmArrival;
      expect(partly.status).toBe('DEPARTED');
      expect(partly.roster.find((m) => m.workerId === a)?.travelling).toBe(false);
      const done: Group = (await agent.ok(REMOVE, { input: { groupId: group.id, workerIds: [b] } })).removeFromPlacementGroup;
      expect(done.status).toBe('ARRIVED');
      expect(done.roster.map((m) => m.workerId)).toEqual([a]);
      expect(await reasonOf(agent, REMOVE, { input: { groupId: group.id, workerIds: [a] } })).toMatchObject({ reason: 'GROUP_NOT_FORMING' });
    });

    it('a worker is on one open roster at a time; removal frees them, and only known members can be removed', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const worker = await newWorker();
      const first = await formGroup(postingId, [worker]);
      const second = await formGroup(postingId, []);
      expect(await reasonOf(agent, ADD, { input: { groupId: second.id, workerIds: [worker] } })).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_TRAVELLING',
      });
      expect(await reasonOf(agent, REMOVE, { input: { groupId: second.id, workerIds: [worker] } })).toMatchObject({
        reason: 'NOT_IN_GROUP',
        fields: ['workerIds'],
      });
      expect(await otherAgent.errorCode(REMOVE, { input: { groupId: first.id, workerIds: [worker] } })).toBe('FORBIDDEN');
      await agent.ok(REMOVE, { input: { groupId: first.id, workerIds: [worker] } });
      expect((await agent.ok(ADD, { input: { groupId: second.id, workerIds: [worker] } })).addToPlacementGroup.roster).toHaveLength(1);
    });

    it('cancelPlacementGroup calls off a group that has not left and frees its roster; a departed group cannot be cancelled', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const worker = await newWorker();
      const group = await formGroup(postingId, [worker]);
      await employer.ok(APPROVE, { id: group.id });
      expect(await otherAgent.errorCode(CANCEL, { id: group.id })).toBe('FORBIDDEN');
      expect(await employer.errorCode(CANCEL, { id: group.id })).toBe('FORBIDDEN');
      const cancelled: Group = (await agent.ok(CANCEL, { id: group.id })).cancelPlacementGroup;
      expect(cancelled.status).toBe('CANCELLED');
      expect(await reasonOf(agent, DEPART, { id: group.id })).toMatchObject({ reason: 'GROUP_CANCELLED' });
      expect(await reasonOf(agent, ADD, { input: { groupId: group.id, workerIds: [worker] } })).toMatchObject({ reason: 'GROUP_CANCELLED' });
      expect(await reasonOf(employer, APPROVE, { id: group.id })).toMatchObject({ reason: 'GROUP_CANCELLED' });
      // The worker may travel with another group.
      await formGroup(postingId, [worker]);
      const audit = await queryOne<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'placement_group.cancelled' AND subject_id = $1", [
        group.id,
      ]);
      expect(audit.n).toBe(1);

      const left = await formGroup(postingId, [await newWorker()]);
      await employer.ok(APPROVE, { id: left.id });
      await agent.ok(DEPART, { id: left.id });
      expect(await reasonOf(agent, CANCEL, { id: left.id })).toMatchObject({ reason: 'GROUP_ALREADY_DEPARTED' });
    });
  });

  describe('placementGroups', () => {
    it('an agency sees its own groups, the employer those for its postings, a bureau those of its jurisdiction; paged by cursor', async () => {
      const postingId = await insertPosting({ organizationId: employerOrg });
      const mine = [await formGroup(postingId, []), await formGroup(postingId, [])];
      const theirs = await formGroup(postingId, [], today, otherAgent);
      await agent.ok(CANCEL, { id: mine[0].id });
      const ids = (data: Record<string, any>) => (data.placementGroups.edges as Array<{ node: { id: string } }>).map((e) => e.node.id);

      const own = await agent.ok(GROUPS, { filter: { postingId } });
      expect(ids(own).sort()).toEqual(mine.map((g) => g.id).sort());
      expect(ids(await agent.ok(GROUPS, { filter: { postingId, status: 'CANCELLED' } }))).toEqual([mine[0].id]);
      expect(ids(await employer.ok(GROUPS, { filter: { postingId } })).sort()).toEqual([...mine, theirs].map((g) => g.id).sort());
      expect(ids(await otherEmployer.ok(GROUPS, { filter: { postingId } }))).toEqual([]);
      expect(ids(await bureau.ok(GROUPS, { filter: { postingId } }))).toHaveLength(3);
      expect(ids(await farBureau.ok(GROUPS, { filter: { postingId } }))).toEqual([]);
      expect(await farBureau.errorCode(GROUP, { id: theirs.id })).toBe('FORBIDDEN');
      expect((await bureau.ok(GROUP, { id: theirs.id })).placementGroup.id).toBe(theirs.id);

      const page1 = (await employer.ok(GROUPS, { filter: { postingId }, first: 2 })).placementGroups;
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = (await employer.ok(GROUPS, { filter: { postingId }, first: 2, after: page1.pageInfo.endCursor })).placementGroups;
      expect(page2.edges).toHaveLength(1);
      expect(new Set([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).size).toBe(3);
      expect(await reasonOf(employer, GROUPS, { first: 2, after: 'not-a-cursor' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
    });
  });
});
