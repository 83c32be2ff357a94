import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, uniqueUsername } from '@app/testing';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { status } }';
const SET_TARGET = 'mutation($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { workers } }';

export const COUNTY = '522731';
export const COUNTY_NAME = '惠水县';

export interface BureauReportsWorld {
  bureauUsername: string;
  bureau: Caller;
  /** Monday of the last week that has ended in China (the report's default week). */
  lastMonday: string;
}

/** The Monday of the week before the one holding `today` (calendar arithmetic on YYYY-MM-DD). */
export function lastWeekMonday(today: string): string {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -weekday - 7);
}

/**
 * 惠水县's bureau with a week to report: in the last full week one worker started an east-west job in 深圳 and one
 * who had worked there since spring came home; a third has been at work all along; the year's target is set.
 */
export async function seedBureauReportsWorld({ t, db }: BrowserApp): Promise<BureauReportsWorld> {
  const bureauUsername = await db.insertAccount('BUREAU', COUNTY);
  const bureau = await t.signIn(bureauUsername, TEST_PASSWORD);
  const lastMonday = lastWeekMonday(chinaToday());

  const employerUsername = uniqueUsername('enterprise');
  await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: '深圳市协作装配电子有限公司',
      kind: 'ENTERPRISE',
      creditCode: randomCreditCode('440306'),
      regionCode: '440306',
      username: employerUsername,
      password: TEST_PASSWORD,
    },
  });
  const employer = await t.signIn(employerUsername, TEST_PASSWORD);
  const { createPosting } = await employer.ok(CREATE_POSTING, {
    input: {
      kind: 'EAST_WEST',
      title: '深圳电子厂装配工（东西部协作）',
      regionCode: '440306',
      partnerRegionCodes: ['520000'],
      description: '手机配件装配，长白班，包吃包住，点对点包车接送。',
      wageMin: 5000,
      wageMax: 6500,
      headcount: 10,
      contractMonths: 12,
    },
  });

  const placed = async (name: string, startDate: string, returnedOn: string | null) => {
    const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
      input: { name, idNumber: randomIdNumber(COUNTY), hukouRegionCode: COUNTY, categories: ['POVERTY_ALLEVIATED'], laborCapacity: 'FULL' },
    });
    const { recordHistoricalPlacement } = await bureau.ok(RECORD_LATE, {
      input: { workerId: registerWorker.id, postingId: createPosting.id, startDate, endDate: null, contractMonths: 12, reason: '惠水县纸质务工台账补录' },
    });
    if (returnedOn) await bureau.ok(END, { input: { placementId: recordHistoricalPlacement.id, endDate: returnedOn, reason: 'RETURNED_HOME' } });
  };
  await placed('王新岗', addDays(lastMonday, 1), null);
  await placed('李返乡', addDays(lastMonday, -200), addDays(lastMonday, 3));
  await placed('赵常在', addDays(lastMonday, -90), null);
  // The target of the year of the week's Sunday: the report's 年度目标 and 目标完成率.
  await bureau.ok(SET_TARGET, { input: { regionCode: COUNTY, year: Number(addDays(lastMonday, 6).slice(0, 4)), workers: 40 } });
  return { bureauUsername, bureau, lastMonday };
}
