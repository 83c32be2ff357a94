import { randomCreditCode, uniqueUsername } from '@app/testing';
import { TEST_PASSWORD } from './seed-accounts.js';
import type { Caller, TestApp } from './test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';

/** Signs up an organisation through the API and signs in as its first account. */
export async function signUpOrganization(
  t: TestApp,
  kind: string,
  regionCode: string,
  options: { name?: string; smallOrMicro?: boolean } = {},
): Promise<{ caller: Caller; organizationId: string }> {
  const username = uniqueUsername(kind.toLowerCase());
  const data = await t.anonymous.ok(REGISTER_ORG, {
    input: {
      name: options.name ?? '测试机构',
      kind,
      creditCode: randomCreditCode(regionCode),
      regionCode,
      smallOrMicro: options.smallOrMicro ?? false,
      username,
      password: TEST_PASSWORD,
    },
  });
  return { caller: await t.signIn(username, TEST_PASSWORD), organizationId: data.registerOrganization.account.organizationId };
}
