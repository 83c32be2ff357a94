import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { signUpEmployer } from '../../support/search-helpers.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const CREATE = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken } }';
const UPDATE_CONTACT = 'mutation($input: UpdateOrganizationContactInput!) { updateOrganizationContact(input: $input) { id } }';

/** What the job seeker's pages are tried on: postings in 广东 and 贵州, a worker from 惠水, an agency of 惠水. */
export interface SeekerWorld {
  worker: { username: string; id: string };
  employer: { username: string; caller: Caller };
  agency: { name: string; phone: string };
  postingIds: Record<string, string>;
}

export const AGENCY_NAME = '惠水县民安劳务有限公司';
export const AGENCY_PHONE = '0854-6221234';

export async function seedSeekerWorld({ t, db }: BrowserApp): Promise<SeekerWorld> {
  const bureau = await t.signIn(await db.insertAccount('BUREAU', '522700'), TEST_PASSWORD);
  const shenzhen = await signUpEmployer(t, 'ENTERPRISE', '440306', '深圳市协作电子有限公司');
  const guangzhou = await signUpEmployer(t, 'ENTERPRISE', '440106', '广州市锦绣服装有限公司');
  const guiyang = await signUpEmployer(t, 'ENTERPRISE', '520102', '贵阳黔通物流有限公司');
  const postingIds: Record<string, string> = {};
  const post = async (caller: Caller, input: Record<string, unknown>) => {
    const { createPosting } = await caller.ok(CREATE, { input: { wageMin: 4500, wageMax: 6000, headcount: 10, contractMonths: 12, ...input } });
    postingIds[input.title as string] = createPosting.id as string;
  };
  await post(shenzhen.caller, {
    kind: 'EAST_WEST',
    title: '电子厂普工',
    regionCode: '440306',
    partnerRegionCodes: ['520000'],
    description: '组装手机配件，长白班，包吃包住，点对点包车接送。',
    benefits: ['包吃包住', '五险一金'],
    location: { lat: 22.5431, lng: 113.8298 },
  });
  await post(guangzhou.caller, {
    kind: 'EAST_WEST',
    title: '服装厂普工',
    regionCode: '440106',
    partnerRegionCodes: ['530000'],
    description: '缝纫、包装，计件工资。',
  });
  await post(guiyang.caller, { kind: 'LOCAL', title: '物流园普工', regionCode: '520102', description: '装卸分拣，日结可选。', wageMin: 3500, wageMax: 4500 });
  await post(guiyang.caller, { kind: 'LOCAL', title: '修脚师', regionCode: '520102', description: '足浴店修脚，有证优先。' });
  await post(shenzhen.caller, { kind: 'LOCAL', title: '酒店厨师', regionCode: '440306', description: '粤菜厨师，两年以上经验。' });

  const username = uniqueUsername('seeker');
  const { registerWorker } = await bureau.ok(REGISTER_WORKER, {
    input: {
      name: '罗阿妹',
      idNumber: randomIdNumber('522731'),
      phone: randomMobile(),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      willingToMigrate: true,
      username,
      password: TEST_PASSWORD,
    },
  });

  const agency = await signUpOrganization(t, 'LABOR_AGENCY', '522731', { name: AGENCY_NAME, verifiedBy: bureau });
  await agency.caller.ok(UPDATE_CONTACT, { input: { organizationId: agency.organizationId, contactPhone: AGENCY_PHONE, address: '惠水县和平镇民安路 18 号' } });
  // An employer who signs in through the page (signUpEmployer keeps its username to itself).
  const employerName = uniqueUsername('employer');
  await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: '惠水绿源农业合作社',
      kind: 'COOPERATIVE',
      creditCode: randomCreditCode('522731'),
      regionCode: '522731',
      username: employerName,
      password: TEST_PASSWORD,
    },
  });
  await waitForIndexing({ databaseUrl: db.url });
  return {
    worker: { username, id: registerWorker.id as string },
    employer: { username: employerName, caller: await t.signIn(employerName, TEST_PASSWORD) },
    agency: { name: AGENCY_NAME, phone: AGENCY_PHONE },
    postingIds,
  };
}
