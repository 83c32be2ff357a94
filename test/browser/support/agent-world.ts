import { chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { signUpEmployer } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const ENTRUST = 'mutation($input: EntrustWorkersInput!) { entrustWorkers(input: $input) { id status } }';

export const AGENT_POSTING = '深圳电子厂装配工（点对点）';
export const AGENT_EMPLOYER = '深圳市协作装配电子有限公司';
/** Entrusted by the bureau with a signed paper consent: the group travels with these three. */
export const TRAVELLERS = ['罗阿英', '杨阿贵', '吴小兰'] as const;
/** Entrusted with a signed consent too: the one the agent nominates with 推荐. */
export const NOMINEE = '陈阿芳';
/** Entrusted without consent yet (PENDING_CONSENT): the agency must not see her anywhere. */
export const AWAITING_CONSENT = '王阿妹';

export interface AgentWorld {
  agent: { username: string; caller: Caller; organizationId: string };
  employer: Caller;
  postingId: string;
  workerIds: Record<string, string>;
  phones: Record<string, string>;
}

/**
 * What the agent's pages are tried on: a verified labour agency of 惠水县, workers of 惠水 the county bureau
 * entrusted to it (four with the signed paper consent, one still waiting for the worker's own), and a Shenzhen
 * east-west posting recruiting from 贵州 for the group to travel to.
 */
export async function seedAgentWorld({ t, db }: BrowserApp): Promise<AgentWorld> {
  const bureau = await t.signIn(await db.insertAccount('BUREAU', '522731'), TEST_PASSWORD);
  const employer = await signUpEmployer(t, 'ENTERPRISE', '440306', AGENT_EMPLOYER);
  const { createPosting } = await employer.caller.ok(CREATE, {
    input: {
      kind: 'EAST_WEST',
      title: AGENT_POSTING,
      regionCode: '440306',
      partnerRegionCodes: ['520000'],
      description: '手机配件装配，长白班，包吃包住，点对点包车接送。',
      wageMin: 5000,
      wageMax: 6500,
      headcount: 10,
      contractMonths: 12,
      skills: ['普工'],
    },
  });

  // The agency signs in through the page, so its username is kept here (signUpOrganization keeps it to itself).
  const username = uniqueUsername('agent');
  const { registerOrganization } = await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: '惠水县民安劳务有限公司',
      kind: 'LABOR_AGENCY',
      creditCode: randomCreditCode('522731'),
      regionCode: '522731',
      username,
      password: TEST_PASSWORD,
    },
  });
  const organizationId = registerOrganization.account.organizationId as string;
  await verifyOrganization(bureau, organizationId);

  const workerIds: Record<string, string> = {};
  const phones: Record<string, string> = {};
  for (const name of [...TRAVELLERS, NOMINEE, AWAITING_CONSENT]) {
    phones[name] = randomMobile();
    const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
      input: {
        name,
        idNumber: randomIdNumber('522731'),
        phone: phones[name],
        hukouRegionCode: '522731',
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        willingToMigrate: true,
        preferredRegionCodes: ['440000'],
        skills: name === '杨阿贵' ? ['缝纫', '普工'] : ['普工'],
      },
    });
    workerIds[name] = registerWorker.id as string;
  }
  const consented = [...TRAVELLERS, NOMINEE].map((name) => workerIds[name]);
  await bureau.ok(ENTRUST, { input: { agencyId: organizationId, workerIds: consented, consent: { kind: 'SIGNED_PAPER', signedOn: chinaToday() } } });
  await bureau.ok(ENTRUST, { input: { agencyId: organizationId, workerIds: [workerIds[AWAITING_CONSENT]] } });
  await waitForIndexing({ databaseUrl: db.url });
  return {
    agent: { username, caller: await t.signIn(username, TEST_PASSWORD), organizationId },
    employer: employer.caller,
    postingId: createPosting.id as string,
    workerIds,
    phones,
  };
}
