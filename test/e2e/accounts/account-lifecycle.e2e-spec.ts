import { randomCreditCode, randomIdNumber, uniqueUsername } from '@app/testing';
import pg from 'pg';
import { insertAccount, TEST_PASSWORD } from '../../support/seed-accounts.js';
import { Caller, startTestApp, type TestApp } from '../../support/test-app.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken account { id } } }';
const ME = '{ me { id username role disabledAt disabledReason } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken account { id username } } }';
const DISABLE = 'mutation($id: ID!, $reason: String!) { disableAccount(id: $id, reason: $reason) { id disabledAt disabledReason } }';
const ENABLE = 'mutation($id: ID!) { enableAccount(id: $id) { id disabledAt disabledReason } }';
const REGISTER_ORG = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken account { id role regionCode } } }`;

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';

const NEW_PASSWORD = 'new-password-2';

async function auditActions(subjectId: string): Promise<Array<{ action: string; actor_account_id: string; purpose: string | null }>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT action, actor_account_id, purpose FROM audit_log WHERE subject_type = 'account' AND subject_id = $1 ORDER BY id`,
      [subjectId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('account lifecycle', () => {
  let t: TestApp;
  let admin: Caller;
  let adminId: string;
  /** 黔南州 (522700): its jurisdiction holds the employer below (都匀市 522701). */
  let qiannan: Caller;
  let qiannanId: string;
  /** 贵阳市 (520100): not the employer's jurisdiction. */
  let guiyang: Caller;

  const idOf = async (caller: Caller) => (await caller.ok(ME)).me.id as string;

  /** A new employer account in 都匀市 (522701), signed in, with its username. */
  async function employer(): Promise<{ caller: Caller; id: string; username: string }> {
    const username = uniqueUsername('emp');
    const data = await t.anonymous.ok(REGISTER_ORG, {
      input: {
        name: '都匀茶叶加工车间',
        kind: 'WORKSHOP',
        creditCode: randomCreditCode('522701'),
        regionCode: '522701',
        smallOrMicro: true,
        location: { lat: 26.26, lng: 107.51 },
        username,
        password: TEST_PASSWORD,
      },
    });
    const caller = new Caller(t.app, data.registerOrganization.accessToken, 'EMPLOYER');
    return { caller, id: data.registerOrganization.account.id, username };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD);
    adminId = await idOf(admin);
    qiannan = await t.signIn(await insertAccount('BUREAU', '522700'), TEST_PASSWORD);
    qiannanId = await idOf(qiannan);
    guiyang = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
  });

  afterAll(() => t.close());

  describe('logout', () => {
    it('revokes the token it was called with (and every other of the account), and is audited', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const session = await t.signIn(name, TEST_PASSWORD);
      const otherDevice = await t.signIn(name, TEST_PASSWORD);
      const id = await idOf(session);
      expect((await session.ok(LOGOUT)).logout).toBe(true);
      for (const caller of [session, otherDevice]) {
        const refused = await caller.gql(ME);
        expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      }
      const again = await t.signIn(name, TEST_PASSWORD);
      expect((await again.ok(ME)).me.id).toBe(id);
      expect((await auditActions(id)).map((a) => a.action)).toEqual(['account.logged_out']);
    });

    it('is refused to an anonymous caller', async () => {
      expect(await t.anonymous.errorCode(LOGOUT)).toBe('UNAUTHENTICATED');
    });
  });

  describe('changePassword', () => {
    it('changes the password, ends the other sessions, answers a fresh token, and is audited', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const session = await t.signIn(name, TEST_PASSWORD);
      const id = await idOf(session);
      const data = await session.ok(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
      expect(data.changePassword.account.id).toBe(id);
      expect((await session.gql(ME)).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
      const fresh = new Caller(t.app, data.changePassword.accessToken, 'BUREAU');
      expect((await fresh.ok(ME)).me.id).toBe(id);
      const oldLogin = await t.anonymous.gql(LOGIN, { input: { username: name, password: TEST_PASSWORD } });
      expect(oldLogin.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      await t.signIn(name, NEW_PASSWORD);
      expect(await auditActions(id)).toEqual([{ action: 'account.password_changed', actor_account_id: id, purpose: null }]);
    });

    it('names the failing field: a wrong current password, a short or unchanged new one', async () => {
      const session = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
      const wrong = await session.gql(CHANGE_PASSWORD, { input: { currentPassword: 'not-the-password', newPassword: NEW_PASSWORD } });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURRENT_PASSWORD_WRONG', fields: ['currentPassword'] });
      expect(wrong.errors?.[0].message).toContain('当前密码不正确');
      const short = await session.gql(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
      expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
      const same = await session.gql(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } });
      expect(same.errors?.[0].extensions).toMatchObject({ reason: 'NEW_PASSWORD_UNCHANGED', fields: ['newPassword'] });
      // Nothing changed: the session still works.
      await session.ok(ME);
    });

    it('checks the current password under the login limits: a stolen token is no way to guess it', async () => {
      const session = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
      for (let i = 0; i < 5; i++) {
        const answer = await session.gql(CHANGE_PASSWORD, { input: { currentPassword: `guess-${i}-password`, newPassword: NEW_PASSWORD } });
        expect(answer.errors?.[0].extensions?.reason).toBe('CURRENT_PASSWORD_WRONG');
      }
      const res = await t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${session.token ?? ''}`)
        .send({ query: CHANGE_PASSWORD, variables: { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } } });
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHECK_THROTTLED', retryAfterSeconds: 1 });
      expect(res.body.errors[0].message).toBe('密码错误次数过多，请 1 秒后再试');
      expect(res.headers['retry-after']).toBe('1');
    });
  });

  describe('disableAccount and enableAccount', () => {
    it('lets the bureau of the jurisdiction disable an employer account: its tokens and logins are refused, audited with the reason', async () => {
      const { caller, id, username } = await employer();
      const data = await qiannan.ok(DISABLE, { id, reason: '单位已注销，账号停用' });
      expect(data.disableAccount).toMatchObject({ id, disabledReason: '单位已注销，账号停用' });
      expect(data.disableAccount.disabledAt).toBeTruthy();
      expect((await caller.gql(ME)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
      const right = await t.anonymous.gql(LOGIN, { input: { username, password: TEST_PASSWORD } });
      expect(right.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
      expect(right.errors?.[0].message).toBe('该账号已停用，请联系所属人社部门或系统管理员');
      const wrong = await t.anonymous.gql(LOGIN, { input: { username, password: 'wrong-password-9' } });
      expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      expect(await auditActions(id)).toEqual([{ action: 'account.disabled', actor_account_id: qiannanId, purpose: '单位已注销，账号停用' }]);
    });

    it('enables it again: logins work, the tokens from before stay refused; both audited', async () => {
      const { caller, id, username } = await employer();
      await qiannan.ok(DISABLE, { id, reason: '核查期间暂停' });
      const enabled = await qiannan.ok(ENABLE, { id });
      expect(enabled.enableAccount).toMatchObject({ id, disabledAt: null, disabledReason: null });
      expect((await caller.gql(ME)).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
      const back = await t.signIn(username, TEST_PASSWORD);
      expect((await back.ok(ME)).me.id).toBe(id);
      expect((await auditActions(id)).map((a) => a.action)).toEqual(['account.disabled', 'account.enabled']);
    });

    it('changes nothing when disabling a disabled account or enabling an enabled one', async () => {
      const { id } = await employer();
      expect((await admin.ok(ENABLE, { id })).enableAccount.disabledAt).toBeNull();
      await admin.ok(DISABLE, { id, reason: '第一次停用' });
      expect((await admin.ok(DISABLE, { id, reason: '第二次停用' })).disableAccount.disabledReason).toBe('第一次停用');
      expect((await auditActions(id)).map((a) => a.action)).toEqual(['account.disabled']);
    });

    it('refuses a bureau outside the jurisdiction, on both operations', async () => {
      const { id } = await employer();
      expect(await guiyang.gql(DISABLE, { id, reason: '越权尝试' })).toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' } }],
      });
      await admin.ok(DISABLE, { id, reason: '管理员停用' });
      expect(await guiyang.gql(ENABLE, { id })).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', reason: 'OUTSIDE_JURISDICTION' } }] });
      expect((await auditActions(id)).map((a) => a.action)).toEqual(['account.disabled']);
    });

    it('refuses a bureau an ADMIN account and a bureau above it, and anyone their own account', async () => {
      expect((await qiannan.gql(DISABLE, { id: adminId, reason: '尝试停用管理员' })).errors?.[0].extensions?.reason).toBe('ADMIN_DISABLED_BY_ADMIN_ONLY');
      const provinceId = await idOf(await t.signIn(await insertAccount('BUREAU', '520000'), TEST_PASSWORD));
      expect((await qiannan.gql(DISABLE, { id: provinceId, reason: '尝试停用上级' })).errors?.[0].extensions?.reason).toBe('OUTSIDE_JURISDICTION');
      expect((await qiannan.gql(DISABLE, { id: qiannanId, reason: '停用自己' })).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'CANNOT_DISABLE_SELF',
      });
      expect((await admin.gql(DISABLE, { id: adminId, reason: '停用自己' })).errors?.[0].extensions?.reason).toBe('CANNOT_DISABLE_SELF');
    });

    it('lets ADMIN disable a bureau account, and refuses an employer the operation', async () => {
      const name = await insertAccount('BUREAU', '520100');
      const bureau = await t.signIn(name, TEST_PASSWORD);
      const id = await idOf(bureau);
      const { caller: employerCaller } = await employer();
      expect((await employerCaller.gql(DISABLE, { id, reason: '无权操作' })).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ROLE_REQUIRED',
      });
      await admin.ok(DISABLE, { id, reason: '人员调离' });
      expect((await bureau.gql(ME)).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
      expect(await auditActions(id)).toEqual([{ action: 'account.disabled', actor_account_id: adminId, purpose: '人员调离' }]);
    });

    it('lets the bureau of the hukou jurisdiction disable a worker login, and no bureau elsewhere', async () => {
      const username = uniqueUsername('worker');
      await qiannan.ok(REGISTER_WORKER, {
        input: {
          name: '杨阿妹',
          idNumber: randomIdNumber('522731'),
          hukouRegionCode: '522731',
          categories: ['POVERTY_ALLEVIATED'],
          categoriesSince: '2020-06-01',
          laborCapacity: 'FULL',
          username,
          password: TEST_PASSWORD,
        },
      });
      const worker = await t.signIn(username, TEST_PASSWORD);
      const id = await idOf(worker);
      expect((await guiyang.gql(DISABLE, { id, reason: '越权尝试' })).errors?.[0].extensions?.reason).toBe('OUTSIDE_JURISDICTION');
      await qiannan.ok(DISABLE, { id, reason: '本人申请注销' });
      expect((await worker.gql(ME)).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
    });

    it('refuses the tokens of an account an operator disabled in the database, without a version bump', async () => {
      const { caller, id } = await employer();
      await caller.ok(ME);
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        await client.query(`UPDATE accounts SET disabled_at = now(), disabled_reason = '运维停用' WHERE id = $1`, [id]);
      } finally {
        await client.end();
      }
      expect((await caller.gql(ME)).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
    });

    it('names the field of a missing reason, a malformed id and an unknown account', async () => {
      const { id } = await employer();
      expect((await admin.gql(DISABLE, { id, reason: ' ' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reason'] });
      expect((await admin.gql(DISABLE, { id, reason: '\u200b\u200b\u200b' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['reason'],
      });
      expect((await admin.gql(DISABLE, { id: 'not-an-id', reason: '格式错误' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['id'],
      });
      const unknown = await admin.gql(DISABLE, { id: '00000000-0000-4000-8000-000000000000', reason: '不存在的账号' });
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['id'] });
    });
  });
});
