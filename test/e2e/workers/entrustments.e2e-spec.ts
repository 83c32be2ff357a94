import pg from 'pg';
import { addDays, chinaToday } from '@app/common';
import { randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { signUpEmployer } from '../../support/search-helpers.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const ENTRUST = `mutation($input: EntrustWorkersInput!) { entrustWorkers(input: $input) {
  id workerId agencyId status consentKind consentSignedOn consentedAt entrustedAt endedAt } }`;
const REVOKE = 'mutation($input: RevokeEntrustmentInput!) { revokeEntrustment(input: $input) { id workerId status endedAt } }';
const CONFIRM = 'mutation($id: ID!) { confirmEntrustment(input: { entrustmentId: $id }) { id status consentKind consentedAt } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawEntrustment(input: { entrustmentId: $id }) { id status endedAt } }';
const LIST = `query($filter: EntrustmentFilterInput) { entrustments(filter: $filter, first: 50) {
  totalCount edges { node { id workerId status consentKind agency { id name } worker { id name } } } } }`;
const WORKER = 'query($id: ID!) { worker(id: $id) { id name phone categories } }';
const ORGANISABLE = 'query { workers(filter: { organisable: true }, first: 100) { totalCount edges { node { id name phone } } } }';
const SEARCH_OWN = `query($filter: WorkerFilterInput) { workers(filter: $filter, first: 100) { edges { node { id } } } }`;
const NOMINATE = 'mutation($input: NominateWorkersInput!) { nominateWorkers(input: $input) { id status } }';
const RECOMMEND = 'query($id: ID!) { recommendWorkers(postingId: $id, first: 50) { score reasons worker { id } } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id status } }';
const ADD_TO_GROUP = 'mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { id roster { worker { id } } } }';
const REMOVE_FROM_GROUP = 'mutation($input: RemoveFromPlacementGroupInput!) { removeFromPlacementGroup(input: $input) { id status } }';
const APPROVE_GROUP = 'mutation($id: ID!) { approvePlacementGroup(groupId: $id) { id status } }';
const DEPART_GROUP = 'mutation($id: ID!) { departPlacementGroup(groupId: $id) { id status } }';
const GROUP_ROSTER = 'query($id: ID!) { placementGroup(id: $id) { roster { workerId worker { id name } } } }';

type Answer = { errors?: Array<{ message: string; extensions?: Record<string, any> }> };
const ext = (r: Answer) => r.errors?.[0]?.extensions;

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Entrustments (issue 18, item 3): the bureau of a worker's hukou hands workers to a verified agency; in force only
 * with the worker's consent (a signed paper form the bureau records, or the worker's confirmation in the app); the
 * worker withdraws it, the bureau revokes it. An agency organises (sees, nominates, lists as organisable) the workers
 * it registered and those entrusted to it with consent in force, through the one worker access check.
 */
describe('Entrustments of workers to agencies', () => {
  let t: TestApp;
  let bureau: Caller;
  let otherBureau: Caller;
  let agency: { caller: Caller; organizationId: string };
  let otherAgency: { caller: Caller; organizationId: string };
  let unverified: { caller: Caller; organizationId: string };
  let employer: { caller: Caller; organizationId: string };
  let postingId: string;
  let groupId: string;
  const w: Record<string, { id: string; caller: Caller | null }> = {};

  async function register(name: string, county: string, by: Caller, login: boolean, skills: string[] = ['普工']) {
    const username = uniqueUsername('entrust');
    const input: Record<string, unknown> = {
      name,
      idNumber: randomIdNumber(county),
      phone: randomMobile(),
      hukouRegionCode: county,
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      willingToMigrate: true,
      skills,
    };
    if (login) Object.assign(input, { username, password: TEST_PASSWORD });
    const id: string = (await by.ok(REGISTER_WORKER, { input })).registerWorker.id;
    return { id, caller: login ? await t.signIn(username, TEST_PASSWORD) : null };
  }

  const organisable = async (caller: Caller) =>
    new Map(((await caller.ok(ORGANISABLE)).workers.edges as Array<{ node: { id: string; phone: string | null } }>).map((e) => [e.node.id, e.node.phone]));
  const recommended = async () =>
    ((await agency.caller.ok(RECOMMEND, { id: postingId })).recommendWorkers as Array<{ worker: { id: string } }>).map((m) => m.worker.id);
  const sees = async (caller: Caller, id: string) => (await caller.gql(WORKER, { id })).errors === undefined;
  const entrust = (caller: Caller, workerIds: string[], consent?: Record<string, unknown>, agencyId = agency.organizationId) =>
    caller.gql(ENTRUST, { input: { agencyId, workerIds, ...(consent ? { consent } : {}) } });

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await t.signIn(await insertAccount('BUREAU', '522731'), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', '520102'), TEST_PASSWORD);
    agency = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '惠水县劳务公司', verifiedBy: bureau });
    otherAgency = await signUpOrganization(t, 'HR_AGENCY', '522731', { name: '黔南人力资源服务公司', verifiedBy: bureau });
    unverified = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: '未核验劳务公司' });
    employer = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳宝安制衣有限公司');
    postingId = (
      await employer.caller.ok(CREATE_POSTING, {
        input: {
          kind: 'EAST_WEST',
          title: '制衣厂车位工',
          description: '',
          regionCode: '440306',
          wageMin: 5000,
          wageMax: 7000,
          headcount: 20,
          contractMonths: 12,
          partnerRegionCodes: ['520000'],
        },
      })
    ).createPosting.id;
    w.app = await register('罗阿英', '522731', bureau, true);
    w.declines = await register('王阿妹', '522731', bureau, true);
    w.paper = await register('杨阿贵', '522731', bureau, false, ['缝纫', '普工']);
    w.elsewhere = await register('陈阿兰', '520102', otherBureau, false);
    // Registered by an agency: waits for the bureau's review.
    w.pending = await register('吴阿花', '522731', otherAgency.caller, false);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('gives the agency nothing before an entrustment, nor while it waits for the worker’s consent', async () => {
    expect(await sees(agency.caller, w.app.id)).toBe(false);
    const nominated = await agency.caller.gql(NOMINATE, { input: { postingId, workerIds: [w.app.id] } });
    expect(ext(nominated)).toMatchObject({ code: 'FORBIDDEN', reason: 'WORKER_HIDDEN' });
    const group = { postingId, departureDate: addDays(chinaToday(), 5), departurePoint: '惠水县易地扶贫搬迁安置点', transport: '包车' };
    groupId = (await agency.caller.ok(CREATE_GROUP, { input: group })).createPlacementGroup.id;
    const grouped = await agency.caller.gql(ADD_TO_GROUP, { input: { groupId, workerIds: [w.paper.id] } });
    expect(ext(grouped)).toMatchObject({ code: 'FORBIDDEN', reason: 'WORKER_HIDDEN' });

    const result = await entrust(bureau, [w.app.id, w.declines.id]);
    expect(result.errors).toBeUndefined();
    const created = result.data!.entrustWorkers as Array<Record<string, unknown>>;
    expect(created.map((e) => [e.workerId, e.status, e.consentKind, e.consentedAt])).toEqual([
      [w.app.id, 'PENDING_CONSENT', null, null],
      [w.declines.id, 'PENDING_CONSENT', null, null],
    ]);
    expect(await sees(agency.caller, w.app.id)).toBe(false);
    expect((await organisable(agency.caller)).has(w.app.id)).toBe(false);
    expect(await recommended()).not.toContain(w.app.id);
    // The agency lists its entrustments, but the worker stays hidden until they consent.
    const listed = (await agency.caller.ok(LIST, { filter: { status: 'PENDING_CONSENT' } })).entrustments;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.every((e: { node: { worker: unknown } }) => e.node.worker === null)).toBe(true);
  });

  it('lets the worker confirm in the app: the agency then sees them (phone in full, no categories) and lists them as its own', async () => {
    const mine = (await w.app.caller!.ok(LIST, {})).entrustments;
    expect(mine.edges.map((e: { node: Record<string, any> }) => [e.node.status, e.node.agency.name, e.node.worker.id])).toEqual([
      ['PENDING_CONSENT', '惠水县劳务公司', w.app.id],
    ]);
    const confirmed = (await w.app.caller!.ok(CONFIRM, { id: mine.edges[0].node.id })).confirmEntrustment;
    expect(confirmed).toMatchObject({ status: 'ACTIVE', consentKind: 'IN_APP' });
    expect(confirmed.consentedAt).toBeTruthy();
    expect(await sees(agency.caller, w.app.id)).toBe(true);
    const own = await organisable(agency.caller);
    expect(own.has(w.app.id)).toBe(true);
    // 推荐劳动力: matching offers the entrusted worker for the posting, as it offers the agency's own registrations.
    expect(await recommended()).toContain(w.app.id);
    // The consent covers contacting the worker: the phone in full.
    expect(own.get(w.app.id)).toMatch(/^1\d{10}$/);
    // Categories stay with the bureau and the registering agency.
    expect((await agency.caller.ok(WORKER, { id: w.app.id })).worker.categories).toBeNull();
    // Confirming twice is refused.
    expect(ext(await w.app.caller!.gql(CONFIRM, { id: mine.edges[0].node.id }))).toMatchObject({ code: 'CONFLICT', reason: 'ENTRUSTMENT_NOT_PENDING' });
    // Another agency gains nothing.
    expect(await sees(otherAgency.caller, w.app.id)).toBe(false);
  });

  it('records a signed paper consent: in force at once, and the agency groups and nominates the worker', async () => {
    const today = chinaToday();
    const result = await entrust(bureau, [w.paper.id], { kind: 'SIGNED_PAPER', signedOn: today });
    expect(result.errors).toBeUndefined();
    expect(result.data!.entrustWorkers).toEqual([
      expect.objectContaining({ workerId: w.paper.id, status: 'ACTIVE', consentKind: 'SIGNED_PAPER', consentSignedOn: today }),
    ]);
    const roster = (await agency.caller.ok(ADD_TO_GROUP, { input: { groupId, workerIds: [w.paper.id] } })).addToPlacementGroup.roster;
    expect(roster.map((m: { worker: { id: string } }) => m.worker.id)).toEqual([w.paper.id]);
    const nominated = (await agency.caller.ok(NOMINATE, { input: { postingId, workerIds: [w.paper.id] } })).nominateWorkers;
    expect(nominated).toEqual([expect.objectContaining({ status: 'APPLIED' })]);
  });

  it('finds its own workers by part of the name and by skill (劳动力 search), wildcards taken literally', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await agency.caller.ok(SEARCH_OWN, { filter: { organisable: true, ...filter } })).workers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids({ name: '阿贵' })).toEqual([w.paper.id]);
    expect(new Set(await ids({ skill: '普工' }))).toEqual(new Set([w.app.id, w.paper.id]));
    expect(await ids({ skill: '缝纫', regionCode: '522731' })).toEqual([w.paper.id]);
    expect(await ids({ name: '%' })).toEqual([]);
    const tooLong = await agency.caller.gql(SEARCH_OWN, { filter: { name: '阿'.repeat(51) } });
    expect(ext(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.name'] });
  });

  it('lets the worker decline a waiting entrustment and withdraw one in force: the agency’s reach ends at once', async () => {
    const waiting = (await w.declines.caller!.ok(LIST, {})).entrustments.edges[0].node.id;
    expect((await w.declines.caller!.ok(WITHDRAW, { id: waiting })).withdrawEntrustment).toMatchObject({ status: 'WITHDRAWN' });
    expect(ext(await w.declines.caller!.gql(CONFIRM, { id: waiting }))).toMatchObject({ code: 'CONFLICT', reason: 'ENTRUSTMENT_NOT_PENDING' });
    expect(ext(await w.declines.caller!.gql(WITHDRAW, { id: waiting }))).toMatchObject({ code: 'CONFLICT', reason: 'ENTRUSTMENT_ENDED' });

    const inForce = (await w.app.caller!.ok(LIST, { filter: { status: 'ACTIVE' } })).entrustments.edges[0].node.id;
    // Another worker cannot touch it (and is not told whose it is); an agent has no say.
    expect(ext(await w.declines.caller!.gql(WITHDRAW, { id: inForce }))).toMatchObject({ code: 'NOT_FOUND', reason: 'ENTRUSTMENT_NOT_FOUND' });
    expect(ext(await agency.caller.gql(WITHDRAW, { id: inForce }))).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect((await w.app.caller!.ok(WITHDRAW, { id: inForce })).withdrawEntrustment.status).toBe('WITHDRAWN');
    expect(await sees(agency.caller, w.app.id)).toBe(false);
    expect((await organisable(agency.caller)).has(w.app.id)).toBe(false);
    // After a withdrawal the bureau may ask again.
    const again = await entrust(bureau, [w.app.id]);
    expect(again.errors).toBeUndefined();
  });

  it('lets the bureau revoke: the worker leaves the agency’s organisable list (a live nomination keeps only its own tie)', async () => {
    const revoked = (await bureau.ok(REVOKE, { input: { agencyId: agency.organizationId, workerIds: [w.paper.id] } })).revokeEntrustment;
    expect(revoked).toEqual([expect.objectContaining({ workerId: w.paper.id, status: 'REVOKED' })]);
    expect((await organisable(agency.caller)).has(w.paper.id)).toBe(false);
    // Revoking what is not live is refused, all or none.
    const twice = await bureau.gql(REVOKE, { input: { agencyId: agency.organizationId, workerIds: [w.paper.id] } });
    expect(ext(twice)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENTRUSTMENT_NOT_LIVE', fields: ['workerIds'] });
  });

  it('does not let a group leave with someone whose entrustment ended after they were put on the roster', async () => {
    // Departure would make the roster a tie of its own (travelling together): it may not outlive the consent.
    const stays = await register('龙阿梅', '522731', bureau, false);
    const leaves = await register('韦阿强', '522731', bureau, false);
    const signed = { kind: 'SIGNED_PAPER', signedOn: chinaToday() };
    expect((await entrust(bureau, [stays.id, leaves.id], signed)).errors).toBeUndefined();
    const group = { postingId, departureDate: chinaToday(), departurePoint: '惠水县汽车站', transport: '包车' };
    const id: string = (await agency.caller.ok(CREATE_GROUP, { input: group })).createPlacementGroup.id;
    await agency.caller.ok(ADD_TO_GROUP, { input: { groupId: id, workerIds: [stays.id, leaves.id] } });
    await employer.caller.ok(APPROVE_GROUP, { id });
    await bureau.ok(REVOKE, { input: { agencyId: agency.organizationId, workerIds: [leaves.id] } });

    const refused = await agency.caller.gql(DEPART_GROUP, { id });
    expect(ext(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ROSTER_NOT_ORGANISABLE', fields: ['groupId'] });
    expect(refused.errors![0].message).toContain('名单中有 1 人本机构已无权组织');
    // The agency sees who it may no longer see as a gap on its roster, and takes them off.
    const roster = (await agency.caller.ok(GROUP_ROSTER, { id })).placementGroup.roster as Array<{ workerId: string; worker: unknown }>;
    expect(roster.find((m) => m.workerId === leaves.id)?.worker).toBeNull();
    expect(roster.find((m) => m.workerId === stays.id)?.worker).toMatchObject({ name: '龙阿梅' });
    await agency.caller.ok(REMOVE_FROM_GROUP, { input: { groupId: id, workerIds: [leaves.id] } });
    await employer.caller.ok(APPROVE_GROUP, { id });
    expect((await agency.caller.ok(DEPART_GROUP, { id })).departPlacementGroup.status).toBe('DEPARTED');
    expect(await sees(agency.caller, leaves.id)).toBe(false);
  });

  it('refuses a second live entrustment to the same agency (the constraint decides)', async () => {
    const repeat = await entrust(bureau, [w.app.id]);
    expect(ext(repeat)).toMatchObject({ code: 'CONFLICT', reason: 'ENTRUSTMENT_EXISTS', fields: ['workerIds'] });
    expect(repeat.errors?.[0].message).toBe('所选求职者中有人已委托给该机构（待本人确认或已生效），不能重复委托');
  });

  it('lists the jurisdiction’s entrustments for the bureau, and lets ADMIN entrust and revoke anywhere', async () => {
    const bureaus = (await bureau.ok(LIST, { filter: { agencyId: agency.organizationId } })).entrustments.edges.map(
      (e: { node: { workerId: string; status: string } }) => [e.node.workerId, e.node.status],
    );
    expect(bureaus).toEqual(
      expect.arrayContaining([
        [w.paper.id, 'REVOKED'],
        [w.declines.id, 'WITHDRAWN'],
      ]),
    );
    const admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    const entrusted = await entrust(admin, [w.elsewhere.id], { kind: 'SIGNED_PAPER', signedOn: chinaToday() });
    expect(entrusted.data?.entrustWorkers).toEqual([expect.objectContaining({ workerId: w.elsewhere.id, status: 'ACTIVE' })]);
    expect(await sees(agency.caller, w.elsewhere.id)).toBe(true);
    const revoked = (await admin.ok(REVOKE, { input: { agencyId: agency.organizationId, workerIds: [w.elsewhere.id] } })).revokeEntrustment;
    expect(revoked).toEqual([expect.objectContaining({ status: 'REVOKED' })]);
    expect(await sees(agency.caller, w.elsewhere.id)).toBe(false);
  });

  it('refuses other bureaus, other roles and the public', async () => {
    expect(ext(await entrust(otherBureau, [w.app.id]))).toMatchObject({ code: 'FORBIDDEN', reason: 'ENTRUSTMENT_BUREAU_ONLY' });
    expect(ext(await entrust(bureau, [w.elsewhere.id]))).toMatchObject({ code: 'FORBIDDEN', reason: 'ENTRUSTMENT_BUREAU_ONLY' });
    const revokeElsewhere = await otherBureau.gql(REVOKE, { input: { agencyId: agency.organizationId, workerIds: [w.app.id] } });
    expect(ext(revokeElsewhere)).toMatchObject({ code: 'FORBIDDEN', reason: 'ENTRUSTMENT_BUREAU_ONLY' });
    for (const caller of [agency.caller, employer.caller, w.app.caller!]) {
      expect(ext(await entrust(caller, [w.paper.id]))).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    }
    expect(ext(await entrust(t.anonymous, [w.paper.id]))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ext(await employer.caller.gql(LIST, {}))).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    // The other county's bureau lists none of these.
    const theirs = (await otherBureau.ok(LIST, {})).entrustments.edges.map((e: { node: { workerId: string } }) => e.node.workerId);
    expect(theirs).not.toContain(w.app.id);
  });

  it('names every failing field at once, in Chinese: an agency that is not a verified agency, a consent without a valid date', async () => {
    const both = await entrust(bureau, [w.paper.id], { kind: 'SIGNED_PAPER', signedOn: addDays(chinaToday(), 1) }, unverified.organizationId);
    expect(ext(both)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['agencyId', 'consent.signedOn'] });
    expect(both.errors?.[0].message).toBe(
      '有 2 处输入需要修改：agencyId：受托机构须为已通过人社部门核验的劳务公司或人力资源服务机构；consent.signedOn：不能晚于今天',
    );
    const employerAsAgency = await entrust(bureau, [w.paper.id], { kind: 'SIGNED_PAPER' }, employer.organizationId);
    expect(ext(employerAsAgency)?.problems).toEqual([
      expect.objectContaining({ field: 'agencyId', reason: 'AGENCY_NOT_ENTRUSTABLE' }),
      expect.objectContaining({ field: 'consent.signedOn', reason: 'CONSENT_DATE_REQUIRED', message: '请填写求职者签署书面同意书的日期' }),
    ]);
    const inApp = await entrust(bureau, [w.paper.id], { kind: 'IN_APP' });
    expect(ext(inApp)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['consent.kind'] });
    // A registration still under review is handed to no one.
    expect(ext(await entrust(bureau, [w.pending.id]))).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_NOT_ACCEPTED' });
  });

  it('keeps the organisable filter for agencies', async () => {
    const result = await employer.caller.gql(ORGANISABLE);
    expect(ext(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.organisable'] });
    // An agency's own registrations are organisable once accepted; the one under review is not yet.
    expect((await organisable(otherAgency.caller)).has(w.pending.id)).toBe(false);
  });

  it('audits every change of an entrustment', async () => {
    const rows = await sql<{ action: string; subject_id: string }>(
      `SELECT action, subject_id FROM audit_log WHERE subject_type = 'worker' AND action LIKE 'worker.entrust%' AND subject_id = ANY($1::uuid[]) ORDER BY at, id`,
      [[w.app.id, w.declines.id, w.paper.id]],
    );
    const of = (id: string) => rows.filter((r) => r.subject_id === id).map((r) => r.action);
    expect(of(w.app.id)).toEqual(['worker.entrusted', 'worker.entrustment.consented', 'worker.entrustment.withdrawn', 'worker.entrusted']);
    expect(of(w.declines.id)).toEqual(['worker.entrusted', 'worker.entrustment.withdrawn']);
    expect(of(w.paper.id)).toEqual(['worker.entrusted', 'worker.entrustment.revoked']);
  });

  it('holds in the database: one live entrustment per worker and agency, no entrustment in force without a consent', async () => {
    // w.app has a live (waiting) entrustment to the agency: a second one is refused by the partial unique index.
    await expect(
      sql(`INSERT INTO worker_entrustments (worker_id, agency_organization_id, status, entrusted_by) VALUES ($1, $2, 'PENDING_CONSENT', gen_random_uuid())`, [
        w.app.id,
        agency.organizationId,
      ]),
    ).rejects.toThrow(/uq_worker_entrustments_live/);
    await expect(
      sql(`INSERT INTO worker_entrustments (worker_id, agency_organization_id, status, entrusted_by) VALUES ($1, $2, 'ACTIVE', gen_random_uuid())`, [
        w.elsewhere.id,
        agency.organizationId,
      ]),
    ).rejects.toThrow(/ck_worker_entrustments_consent/);
    await expect(
      sql(`INSERT INTO worker_entrustments (worker_id, agency_organization_id, status, entrusted_by) VALUES ($1, $2, 'REVOKED', gen_random_uuid())`, [
        w.elsewhere.id,
        agency.organizationId,
      ]),
    ).rejects.toThrow(/ck_worker_entrustments_ended/);
  });
});
