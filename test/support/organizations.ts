import { randomCreditCode, uniqueUsername } from '@app/testing';
import { TEST_PASSWORD } from './seed-accounts.js';
import type { Caller, TestApp } from './test-app.js';

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }';
const VERIFY_CATEGORIES = 'mutation($input: VerifyWorkerCategoriesInput!) { verifyWorkerCategories(input: $input) { id categoriesVerified } }';

/**
 * The bureau of the organisation's region (or ADMIN) verifies it: an agency needs it before it registers workers,
 * nominates, organises groups or claims; an employer's small/micro declaration counts only after it.
 */
export async function verifyOrganization(bureau: Caller, organizationId: string): Promise<void> {
  const data = await bureau.ok(VERIFY_ORG, { id: organizationId });
  expect(data.verifyOrganization.verified).toBe(true);
}

/** A bureau of the worker's jurisdiction vouches for the categories an agency declared. */
export async function verifyWorkerCategories(bureau: Caller, workerId: string): Promise<void> {
  const data = await bureau.ok(VERIFY_CATEGORIES, { input: { workerId } });
  expect(data.verifyWorkerCategories.categoriesVerified).toBe(true);
}

/** Signs up an organisation through the API and signs in as its first account. */
export async function signUpOrganization(
  t: TestApp,
  kind: string,
  regionCode: string,
  options: { name?: string; smallOrMicro?: boolean; verifiedBy?: Caller } = {},
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
  const organizationId: string = data.registerOrganization.account.organizationId;
  if (options.verifiedBy) await verifyOrganization(options.verifiedBy, organizationId);
  return { caller: await t.signIn(username, TEST_PASSWORD), organizationId };
}
