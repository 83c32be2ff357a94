import { chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const ENTRUST = 'mutation($input: EntrustWorkersInput!) { entrustWorkers(input: $input) { id status } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id organized } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';

export const AGENT_POSTING = '深圳电子厂装配工（点对点）';
export const AGENT_EMPLOYER = '深圳市协作装配电子有限公司';
/** Entrusted by the bureau with a signed paper consent: the group travels with these three. */
export const TRAVELLERS = ['罗阿英', '杨阿贵', '吴小兰'] as const;
/** Entrusted with a signed consent too: the one the agent nominates with 推荐. */
export const NOMINEE = '陈阿芳';
/** Entrusted without consent yet (PENDING_CONSENT): the agency must not see her anywhere. */
export const AWAITING_CONSENT = '王阿妹';
/**
 * Organised by the agency in March 2025 and still there (recorded late from the county's paper ledger): a 12-month contract and three months
 * of social insurance, so the agency may claim the 一次性跟踪服务补贴 for her under Guizhou's 2021–2025 policy.
 */
export const LAST_YEAR = '李阿秀';

export interface AgentWorld {
  agent: { username: string; caller: Caller; organizationId: string };
  employer: Caller;
  /** Signs in through the page to confirm the group's roster (确认名单). */
  employerUsername: string;
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
  const employerUsername = uniqueUsername('employer');
  await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: AGENT_EMPLOYER,
      kind: 'ENTERPRISE',
      creditCode: randomCreditCode('440306'),
      regionCode: '440306',
      username: employerUsername,
      password: TEST_PASSWORD,
    },
  });
  const employer = { caller: await t.signIn(employerUsername, TEST_PASSWORD) };
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

  // The agency works with her through the placement it organised; she is not entrusted, so not in 劳动力.
  const { registerWorker: lastYear } = await bureau.ok(REGISTER_WORKER, {
    input: {
      name: LAST_YEAR,
      idNumber: randomIdNumber('522731'),
      phone: randomMobile(),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
      willingToMigrate: true,
    },
  });
  workerIds[LAST_YEAR] = lastYear.id as string;
  const { recordHistoricalPlacement } = await bureau.ok(RECORD_LATE, {
    input: {
      workerId: lastYear.id,
      postingId: createPosting.id,
      agencyId: organizationId,
      startDate: '2025-03-01',
      // Still there: an agency sees the workers of placements it organised only while they last.
      endDate: null,
      contractMonths: 12,
      reason: '惠水县2025年纸质务工台账',
    },
  });
  expect(recordHistoricalPlacement.organized).toBe(true);
  // The bureau that recorded it attests the months (not the agency: it is the subsidy's beneficiary).
  for (const month of ['2025-03', '2025-04', '2025-05'])
    await bureau.ok(CONFIRM, { input: { placementId: recordHistoricalPlacement.id, month, employed: true, monthlyWage: 5200, socialInsurancePaid: true } });

  await waitForIndexing({ databaseUrl: db.url });
  return {
    agent: { username, caller: await t.signIn(username, TEST_PASSWORD), organizationId },
    employer: employer.caller,
    employerUsername,
    postingId: createPosting.id as string,
    workerIds,
    phones,
  };
}
