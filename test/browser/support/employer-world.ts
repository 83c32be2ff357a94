import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { insertPosting } from '../../support/postings-fixture.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';

/** An employer in 深圳 with a posting two months old: two workers hired a month ago (last month still to confirm), one waiting. */
export interface EmployerWorld {
  username: string;
  postingId: string;
  postingTitle: string;
  hiredNames: string[];
  applicantName: string;
}

export async function seedEmployerWorld({ t, db }: BrowserApp): Promise<EmployerWorld> {
  const bureau = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
  const username = uniqueUsername('employer');
  const { registerOrganization } = await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: '深圳市鹏程物流有限公司',
      kind: 'ENTERPRISE',
      creditCode: randomCreditCode('440306'),
      regionCode: '440306',
      username,
      password: TEST_PASSWORD,
    },
  });
  const employer = await t.signIn(username, TEST_PASSWORD);
  const postingTitle = '仓库理货员';
  const twoMonthsAgo = `${addDays(chinaToday(), -62)}T02:00:00Z`;
  const postingId = await insertPosting(
    {
      organizationId: registerOrganization.account.organizationId as string,
      kind: 'LOCAL',
      title: postingTitle,
      regionCode: '440306',
      headcount: 10,
      createdAt: twoMonthsAgo,
    },
    db.url,
  );

  const apply = async (name: string): Promise<{ applicationId: string; caller: Caller }> => {
    const login = uniqueUsername('worker');
    await bureau.ok(REGISTER_WORKER, {
      input: {
        name,
        idNumber: randomIdNumber('522731'),
        phone: randomMobile(),
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        username: login,
        password: TEST_PASSWORD,
      },
    });
    const caller = await t.signIn(login, TEST_PASSWORD);
    return { applicationId: (await caller.ok(APPLY, { postingId })).applyToPosting.id as string, caller };
  };
  const hiredNames = ['王小兰', '杨春生'];
  for (const name of hiredNames) {
    const { applicationId } = await apply(name);
    // A month ago, so last month lies inside the placement and is still to confirm.
    await employer.ok(HIRE, { input: { applicationId, startDate: addDays(chinaToday(), -31), contractMonths: 12 } });
  }
  const applicantName = '吴国庆';
  await apply(applicantName);
  return { username, postingId, postingTitle, hiredNames, applicantName };
}
