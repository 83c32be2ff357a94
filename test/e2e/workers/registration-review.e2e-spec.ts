import pg from 'pg';
import { randomIdNumber, uniqueUsername } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const FIELDS = 'id name registrationStatus registrationRefusalReason categories categoriesVerified';
const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { ${FIELDS} } }`;
const WORKER = `query($id: ID!) { worker(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateWorkerInput!) { updateWorker(input: $input) { id skills } }`;
const ACCEPT = `mutation($id: ID!) { acceptWorkerRegistration(workerId: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectWorkerRegistration(workerId: $id, reason: $reason) { ${FIELDS} } }`;
const MERGE = `mutation($r: ID!, $into: ID!, $consent: RecordedConsentInput) {
  mergeWorkerRegistration(registrationId: $r, intoWorkerId: $into, consent: $consent) { id registrationStatus } }`;
const ENTRUSTMENTS = `query($filter: EntrustmentFilterInput) { entrustments(filter: $filter, first: 20) { edges { node { id workerId status consentKind } } } }`;
const CONFIRM_ENTRUSTMENT = 'mutation($id: ID!) { confirmEntrustment(input: { entrustmentId: $id }) { status } }';
const PENDING = `query($after: String) { pendingWorkerRegistrations(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
  worker { id registrationStatus } likelyAlreadyRegistered likelyExistingWorker { id } } } } }`;
const NOMINATE = 'mutation($input: NominateWorkersInput!) { nominateWorkers(input: $input) { id } }';
const COUNTY = '522731'; // 惠水县
const CITY_BUREAU_REGION = '522700';

/**
 * No registration oracle (issue 15, item 4): an agency's registration is PENDING_REVIEW whoever the person is; the agency
 * sees and edits it but cannot nominate it until the bureau of the hukou accepts, merges or refuses it.
 */
describe('registrations under review', () => {
  let t: TestApp;
  let db: pg.Client;
  let bureau: Caller;
  let otherBureau: Caller;
  let agent: Caller;
  let agentOrg: string;
  let employerOrg: string;

  const person = (extra: Record<string, unknown> = {}) => ({
    name: '罗阿妹',
    idNumber: randomIdNumber(COUNTY),
    hukouRegionCode: COUNTY,
    categories: ['POVERTY_ALLEVIATED'],
    laborCapacity: 'FULL',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    bureau = await t.signIn(await insertAccount('BUREAU', CITY_BUREAU_REGION), TEST_PASSWORD);
    otherBureau = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
    ({ caller: agent, organizationId: agentOrg } = await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { verifiedBy: bureau }));
    ({ organizationId: employerOrg } = await signUpOrganization(t, 'ENTERPRISE', '440306'));
  });

  /** Every pending registration the caller may review, page by page (other suites sharing the database leave some). */
  async function allPending(caller: Caller): Promise<Array<{ worker: { id: string; registrationStatus: string } }>> {
    const nodes = [];
    let after: string | null = null;
    do {
      const page: any = (await caller.ok(PENDING, { after })).pendingWorkerRegistrations;
      nodes.push(...page.edges.map((e: { node: unknown }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('answers an agency the same for a new person and for one already registered', async () => {
    const existing = person();
    await bureau.ok(REGISTER, { input: existing });
    const fresh = await agent.gql(REGISTER, { input: person({ name: '罗阿妹' }) });
    const duplicate = await agent.gql(REGISTER, { input: { ...existing } });
    const shape = (r: typeof fresh) => ({ ...r, data: { registerWorker: { ...r.data!.registerWorker, id: 'x' } } });
    expect(shape(duplicate)).toEqual(shape(fresh));
    expect(duplicate.data!.registerWorker.registrationStatus).toBe('PENDING_REVIEW');
  });

  it('registers a bureau’s worker ACCEPTED at once and keeps the clear duplicate answer for bureaus', async () => {
    const input = person();
    expect((await bureau.ok(REGISTER, { input })).registerWorker.registrationStatus).toBe('ACCEPTED');
    const again = await bureau.gql(REGISTER, { input });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'WORKER_ALREADY_REGISTERED', fields: ['idNumber'] });
  });

  it('lets the agency see and edit a pending registration but not nominate it until the bureau accepts', async () => {
    const pending = (await agent.ok(REGISTER, { input: person() })).registerWorker;
    expect((await agent.ok(WORKER, { id: pending.id })).worker.registrationStatus).toBe('PENDING_REVIEW');
    await agent.ok(UPDATE, { input: { id: pending.id, skills: ['电焊'] } });
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    const refused = await agent.gql(NOMINATE, { input: { postingId, workerIds: [pending.id] } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_NOT_ACCEPTED', fields: ['workerIds'] });
    expect(refused.errors?.[0].message).toMatch(/待户籍地人社部门核实/);

    expect(await agent.errorCode(ACCEPT, { id: pending.id })).toBe('FORBIDDEN');
    expect(await otherBureau.errorCode(ACCEPT, { id: pending.id })).toBe('FORBIDDEN');
    const accepted = (await bureau.ok(ACCEPT, { id: pending.id })).acceptWorkerRegistration;
    // Accepting verifies the categories the agency declared.
    expect(accepted).toMatchObject({ registrationStatus: 'ACCEPTED', categoriesVerified: true });
    const audit = await db.query(`SELECT 1 FROM audit_log WHERE subject_id = $1 AND action = 'worker.registration.accepted'`, [pending.id]);
    expect(audit.rowCount).toBe(1);
    expect(await bureau.errorCode(ACCEPT, { id: pending.id })).toBe('CONFLICT');
    await agent.ok(NOMINATE, { input: { postingId, workerIds: [pending.id] } });
  });

  it('lists pending registrations of the jurisdiction with a hint when the person is registered, and merges them', async () => {
    const existingInput = person();
    const existing = (await bureau.ok(REGISTER, { input: existingInput })).registerWorker;
    const duplicate = (await agent.ok(REGISTER, { input: existingInput })).registerWorker;
    const listed = await allPending(bureau);
    expect(listed).toContainEqual({
      worker: { id: duplicate.id, registrationStatus: 'PENDING_REVIEW' },
      likelyAlreadyRegistered: true,
      likelyExistingWorker: { id: existing.id },
    });
    // A queue: oldest registration first, so the bureau works through them in the order they came.
    const later = (await agent.ok(REGISTER, { input: person() })).registerWorker;
    const order = (await allPending(bureau)).map((n) => n.worker.id).filter((id) => id === duplicate.id || id === later.id);
    expect(order).toEqual([duplicate.id, later.id]);
    // Another province's bureau sees none of these (other suites sharing the database may leave pending ones there).
    const elsewhere = (await allPending(otherBureau)).map((n) => n.worker.id);
    expect(elsewhere).not.toContain(duplicate.id);
    expect(await agent.errorCode(PENDING)).toBe('FORBIDDEN');
    // Accepting a duplicate is refused: the bureau merges instead.
    expect((await bureau.gql(ACCEPT, { id: duplicate.id })).errors?.[0].extensions?.reason).toBe('REGISTRATION_DUPLICATE');
    const other = (await bureau.ok(REGISTER, { input: person() })).registerWorker;
    expect((await bureau.gql(MERGE, { r: duplicate.id, into: other.id })).errors?.[0].extensions?.fields).toEqual(['intoWorkerId']);
    const merged = (await bureau.ok(MERGE, { r: duplicate.id, into: existing.id })).mergeWorkerRegistration;
    expect(merged).toEqual({ id: existing.id, registrationStatus: 'ACCEPTED' });
    const stored = await db.query('SELECT registration_status, merged_into_worker_id FROM workers WHERE id = $1', [duplicate.id]);
    expect(stored.rows[0]).toEqual({ registration_status: 'MERGED', merged_into_worker_id: existing.id });
    // The existing person gains the agency link: the agency now sees them.
    expect((await agent.ok(WORKER, { id: existing.id })).worker.id).toBe(existing.id);
  });

  it('refuses a registration with a reason the agency sees, and never a nomination of it', async () => {
    const pending = (await agent.ok(REGISTER, { input: person() })).registerWorker;
    expect((await bureau.gql(REJECT, { id: pending.id, reason: '  ' })).errors?.[0].extensions?.fields).toEqual(['reason']);
    const refused = (await bureau.ok(REJECT, { id: pending.id, reason: '经核查，本县无此户籍人员' })).rejectWorkerRegistration;
    expect(refused).toMatchObject({ registrationStatus: 'REJECTED', registrationRefusalReason: '经核查，本县无此户籍人员' });
    expect((await agent.ok(WORKER, { id: pending.id })).worker.registrationStatus).toBe('REJECTED');
    const postingId = await insertPosting({ organizationId: employerOrg, regionCode: '440306' });
    expect(await agent.errorCode(NOMINATE, { input: { postingId, workerIds: [pending.id] } })).toBe('CONFLICT');
  });

  it('merges into a person another agency holds by an entrustment the person consents to, never by taking them over', async () => {
    const { caller: second, organizationId: secondOrg } = await signUpOrganization(t, 'HR_AGENCY', COUNTY, { verifiedBy: bureau });
    const login = { username: uniqueUsername('merge'), password: TEST_PASSWORD };
    const data = person({ name: '韦阿兰' });
    const held = (await agent.ok(REGISTER, { input: { ...data, ...login } })).registerWorker;
    await bureau.ok(ACCEPT, { id: held.id });
    const byOther = (await second.ok(REGISTER, { input: data })).registerWorker;

    // A consent dated in the future is refused before anything changes.
    const future = await bureau.gql(MERGE, { r: byOther.id, into: held.id, consent: { kind: 'SIGNED_PAPER', signedOn: '2999-01-01' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['consent.signedOn'] });
    expect((await second.ok(WORKER, { id: byOther.id })).worker.registrationStatus).toBe('PENDING_REVIEW');

    expect((await bureau.ok(MERGE, { r: byOther.id, into: held.id })).mergeWorkerRegistration).toEqual({ id: held.id, registrationStatus: 'ACCEPTED' });
    // The first agency keeps the person; the second waits for the person's own consent and sees nothing until then.
    const registrant = await db.query('SELECT registered_by_organization_id AS org FROM workers WHERE id = $1', [held.id]);
    expect(registrant.rows[0].org).toBe(agentOrg);
    expect((await agent.ok(WORKER, { id: held.id })).worker.id).toBe(held.id);
    expect(await second.errorCode(WORKER, { id: held.id })).toBe('FORBIDDEN');
    const waiting = (await bureau.ok(ENTRUSTMENTS, { filter: { agencyId: secondOrg } })).entrustments.edges.map((e: { node: unknown }) => e.node);
    expect(waiting).toEqual([expect.objectContaining({ workerId: held.id, status: 'PENDING_CONSENT', consentKind: null })]);
    const person2 = await t.signIn(login.username, TEST_PASSWORD);
    await person2.ok(CONFIRM_ENTRUSTMENT, { id: waiting[0].id });
    expect((await second.ok(WORKER, { id: held.id })).worker.id).toBe(held.id);
    const audit = await db.query(`SELECT after->>'entrustedTo' AS agency FROM audit_log WHERE subject_id = $1 AND action = 'worker.registration.merged'`, [
      byOther.id,
    ]);
    expect(audit.rows).toEqual([{ agency: secondOrg }]);
  });

  it('with the signed paper consent, the merged-in agency may organise the person at once', async () => {
    const { caller: second, organizationId: secondOrg } = await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { verifiedBy: bureau });
    const input = person({ name: '蒙阿花' });
    const held = (await agent.ok(REGISTER, { input })).registerWorker;
    await bureau.ok(ACCEPT, { id: held.id });
    const byOther = (await second.ok(REGISTER, { input })).registerWorker;
    await bureau.ok(MERGE, { r: byOther.id, into: held.id, consent: { kind: 'SIGNED_PAPER', signedOn: '2026-11-30' } });
    const entrusted = (await bureau.ok(ENTRUSTMENTS, { filter: { agencyId: secondOrg } })).entrustments.edges.map((e: { node: unknown }) => e.node);
    expect(entrusted).toEqual([expect.objectContaining({ workerId: held.id, status: 'ACTIVE', consentKind: 'SIGNED_PAPER' })]);
    expect((await second.ok(WORKER, { id: held.id })).worker.id).toBe(held.id);
  });
});
