import { randomCreditCode, randomIdNumber, uniqueUsername } from '@app/testing';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import type { Caller, TestApp } from '../support/test-app.js';
import type { Caller as Role } from './authorization-matrix.js';

/** One signed-in caller of every role (plus anonymous), created through the API where it can be. */
export async function callersOfEveryRole(t: TestApp): Promise<Record<Role, Caller>> {
  const org = async (kind: string) => {
    const username = uniqueUsername(kind.toLowerCase());
    await t.anonymous.ok('mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }', {
      input: {
        name: '安全测试机构',
        kind,
        creditCode: randomCreditCode('520102'),
        regionCode: '520102',
        smallOrMicro: false,
        username,
        password: TEST_PASSWORD,
      },
    });
    return t.signIn(username, TEST_PASSWORD);
  };
  const bureau = await t.signIn(await insertAccount('BUREAU', '520100'), TEST_PASSWORD);
  const workerName = uniqueUsername('worker');
  await bureau.ok('mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }', {
    input: {
      name: '测试',
      idNumber: randomIdNumber('520102'),
      hukouRegionCode: '520102',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      username: workerName,
      password: TEST_PASSWORD,
    },
  });
  return {
    ANONYMOUS: t.anonymous,
    WORKER: await t.signIn(workerName, TEST_PASSWORD),
    EMPLOYER: await org('ENTERPRISE'),
    AGENT: await org('LABOR_AGENCY'),
    BUREAU: bureau,
    ADMIN: await t.signIn(await insertAccount('ADMIN'), TEST_PASSWORD),
  };
}
