import ExcelJS from 'exceljs';
import pg from 'pg';
import { randomIdNumber } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { type Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const REGISTER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id household { id } } }';
const ZERO = `query($regionCode: String!) { zeroEmploymentHouseholds(regionCode: $regionCode, first: 100) {
  edges { node { id members { id } } } } }`;
const COUNTY = '520102'; // 南明区
const OTHER_COUNTY = '520103'; // 云岩区

/**
 * Household injection (issue 15, item 3): only a bureau of the household's county, or the agency that created the
 * household, adds members, by householdId or by 户编号 in a ledger; every join is audited.
 */
describe('who may add members to a household', () => {
  let t: TestApp;
  let db: pg.Client;
  let countyBureau: Caller;
  let otherCountyBureau: Caller;
  let agencyA: Caller;
  let agencyB: Caller;
  let householdA: string; // created by agency A
  let householdB: string; // created by agency B
  let bureauHousehold: string; // created by the county bureau
  let bureauMemberIdNumber: string;

  const person = (extra: Record<string, unknown> = {}) => ({
    name: '韦家人',
    idNumber: randomIdNumber(COUNTY),
    hukouRegionCode: COUNTY,
    categories: ['POVERTY_ALLEVIATED'],
    laborCapacity: 'FULL',
    ...extra,
  });

  const register = async (caller: Caller, extra: Record<string, unknown> = {}) => (await caller.ok(REGISTER, { input: person(extra) })).registerWorker;

  const joins = async (householdId: string) =>
    (
      await db.query<{ actor_account_id: string; after: Record<string, unknown> }>(
        `SELECT actor_account_id, after FROM audit_log WHERE action = 'household.member.joined' AND subject_id = $1 ORDER BY id`,
        [householdId],
      )
    ).rows;

  const membersOf = async (householdId: string) =>
    (await db.query<{ id: string }>('SELECT id FROM workers WHERE household_id = $1 ORDER BY created_at', [householdId])).rows.map((r) => r.id);

  async function uploadLedger(caller: Caller, rows: Array<[string, string, string]>) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['姓名', '身份证号', '户籍区县代码', '户编号', '人员类别', '劳动能力']);
    for (const [name, idNumber, householdNo] of rows) sheet.addRow([name, idNumber, COUNTY, householdNo, '脱贫人口', '全劳力']);
    const res = await t
      .http()
      .post('/imports/workers')
      .set('authorization', `Bearer ${caller.token ?? ''}`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'ledger.xlsx');
    expect(res.status).toBe(200);
    return res.body as { imported: number; skipped: number; failed: number; errors: Array<{ row: number; column: string; message: string }> };
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    countyBureau = await t.signIn(await insertAccount('BUREAU', COUNTY), TEST_PASSWORD);
    otherCountyBureau = await t.signIn(await insertAccount('BUREAU', OTHER_COUNTY), TEST_PASSWORD);
    ({ caller: agencyA } = await signUpOrganization(t, 'LABOR_AGENCY', COUNTY, { verifiedBy: countyBureau }));
    ({ caller: agencyB } = await signUpOrganization(t, 'HR_AGENCY', COUNTY, { verifiedBy: countyBureau }));
    householdA = (await register(agencyA)).household.id;
    householdB = (await register(agencyB)).household.id;
    bureauMemberIdNumber = randomIdNumber(COUNTY);
    bureauHousehold = (await register(countyBureau, { idNumber: bureauMemberIdNumber })).household.id;
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('lets an agency add to the household it created, audited', async () => {
    const joined = await register(agencyA, { householdId: householdA });
    expect(joined.household.id).toBe(householdA);
    const audit = await joins(householdA);
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ workerId: joined.id, via: 'registration' });
  });

  it.each([
    ['another agency’s household', () => householdB],
    ['a household the bureau created', () => bureauHousehold],
  ])('refuses an agency %s, with the same answer as for no household at all', async (_, household) => {
    const before = await membersOf(household());
    const refused = await agencyA.gql(REGISTER, { input: person({ householdId: household() }) });
    const unknown = await agencyA.gql(REGISTER, { input: person({ householdId: '00000000-0000-4000-8000-000000000000' }) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HOUSEHOLD_NOT_JOINABLE', fields: ['householdId'] });
    expect(refused.errors?.[0].message).toMatch(/^householdId：.*只有户籍地人社部门或建户的机构才能添加家庭成员/);
    expect(unknown.errors?.[0]).toEqual(refused.errors?.[0]);
    expect(await membersOf(household())).toEqual(before);
    expect(await joins(household())).toEqual([]);
  });

  it('lets the county bureau add to any household of its county, audited', async () => {
    const me = (await countyBureau.ok('{ me { id } }')).me.id;
    const intoAgency = await register(countyBureau, { householdId: householdB });
    expect(intoAgency.household.id).toBe(householdB);
    const intoOwn = await register(countyBureau, { householdId: bureauHousehold });
    expect(intoOwn.household.id).toBe(bureauHousehold);
    expect(await joins(householdB)).toEqual([{ actor_account_id: me, after: expect.objectContaining({ workerId: intoAgency.id }) }]);
  });

  it('refuses a bureau of another county, whatever county it names', async () => {
    const before = await membersOf(bureauHousehold);
    expect(await otherCountyBureau.errorCode(REGISTER, { input: person({ householdId: bureauHousehold }) })).toBe('FORBIDDEN');
    const ownCounty = await otherCountyBureau.gql(REGISTER, {
      input: person({ householdId: bureauHousehold, hukouRegionCode: OTHER_COUNTY, idNumber: randomIdNumber(OTHER_COUNTY) }),
    });
    expect(ownCounty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['householdId'] });
    expect(await membersOf(bureauHousehold)).toEqual(before);
  });

  it('never lets an agency’s ledger attach a row to a household it did not create (by 户编号)', async () => {
    const before = await membersOf(bureauHousehold);
    const invented = randomIdNumber(COUNTY);
    // The bureau's member and an invented person under one 户编号: the invented person must not join that household.
    const result = await uploadLedger(agencyA, [
      ['韦户主', bureauMemberIdNumber, 'H-1'],
      ['韦编造', invented, 'H-1'],
    ]);
    expect(await membersOf(bureauHousehold)).toEqual(before);
    expect(await joins(bureauHousehold)).toHaveLength(1); // the county bureau's own join above
    const placed = await db.query('SELECT household_id FROM workers WHERE name = $1', ['韦编造']);
    for (const row of placed.rows) expect(row.household_id).not.toBe(bureauHousehold);
    if (result.errors.length) {
      expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: '户编号', message: expect.stringMatching(/不是贵机构建立的/) })]);
    }
  });

  it('refuses a ledger row joining, by 户编号, the household of a person the agency reached through a merge', async () => {
    const knownIdNumber = randomIdNumber(COUNTY);
    const known = await register(countyBureau, { idNumber: knownIdNumber });
    const duplicate = await register(agencyA, { idNumber: knownIdNumber });
    await countyBureau.ok('mutation($r: ID!, $into: ID!) { mergeWorkerRegistration(registrationId: $r, intoWorkerId: $into) { id } }', {
      r: duplicate.id,
      into: known.id,
    });
    const before = await membersOf(known.household.id);
    const result = await uploadLedger(agencyA, [
      ['韦已知', knownIdNumber, 'M-1'],
      ['韦新增', randomIdNumber(COUNTY), 'M-1'],
    ]);
    expect(result).toMatchObject({ skipped: 1, failed: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: '户编号', message: expect.stringMatching(/不是贵机构建立的/) })]);
    expect(await membersOf(known.household.id)).toEqual(before);
  });

  it('lets an agency’s ledger add members to its own household by 户编号, audited', async () => {
    const ownMember = randomIdNumber(COUNTY);
    const first = await uploadLedger(agencyA, [['覃户主', ownMember, 'A-7']]);
    expect(first).toMatchObject({ imported: 1, failed: 0 });
    const household = (await db.query('SELECT household_id FROM workers WHERE name = $1', ['覃户主'])).rows[0].household_id;
    const second = await uploadLedger(agencyA, [
      ['覃户主', ownMember, 'A-7'],
      ['覃家女', randomIdNumber(COUNTY), 'A-7'],
    ]);
    expect(second).toMatchObject({ imported: 1, failed: 0 });
    expect(await membersOf(household)).toHaveLength(2);
    expect((await joins(household)).map((j) => j.after.via)).toEqual(['ledger_import']);
  });

  it('counts a registration under review in no household of the 零就业家庭 list until the bureau accepts it', async () => {
    const pending = await register(agencyB);
    const listed = async () =>
      (await countyBureau.ok(ZERO, { regionCode: COUNTY })).zeroEmploymentHouseholds.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await listed()).not.toContain(pending.household.id);
    await countyBureau.ok('mutation($id: ID!) { acceptWorkerRegistration(workerId: $id) { id } }', { id: pending.id });
    expect(await listed()).toContain(pending.household.id);
  });

  it('keeps the 零就业家庭 list right: the bureau household stays listed with exactly its members', async () => {
    const list = (await countyBureau.ok(ZERO, { regionCode: COUNTY })).zeroEmploymentHouseholds.edges.map(
      (e: { node: { id: string; members: Array<{ id: string }> } }) => e.node,
    );
    const bureauEntry = list.find((h: { id: string }) => h.id === bureauHousehold);
    expect(bureauEntry.members.map((m: { id: string }) => m.id)).toEqual(await membersOf(bureauHousehold));
  });
});
