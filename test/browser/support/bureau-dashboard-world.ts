import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { insertPosting } from '../../support/postings-fixture.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const SET_TARGET = 'mutation($input: SetEmploymentTargetInput!) { setEmploymentTarget(input: $input) { workers } }';

export const PROVINCE = { code: '520000', name: '贵州省' };
export const CITY = { code: '522700', name: '黔南布依族苗族自治州' };
export const COUNTY = { code: '522731', name: '惠水县' };

export interface BureauDashboardWorld {
  provinceUsername: string;
  countyUsername: string;
  /** 广东省's bureau: the receiving side of the four placements in 深圳. */
  guangdongUsername: string;
  guangdong: Caller;
  workerNames: string[];
  /** The province bureau's caller, to ask placementStatistics what the page should show. */
  province: Caller;
  county: Caller;
}

/**
 * A small 贵州 for the dashboard: a province bureau and 惠水县's bureau, this year's targets for the province, 黔南州,
 * 贵阳市 and 惠水县, and six placements recorded from the paper ledger (so their start dates lie in the past):
 * 惠水 workers in the county (县内), in 都匀 (省内县外, one of them come home: 返乡回流) and in 深圳 (省外), one of them a
 * 脱贫人口 and one 易地搬迁人口; a 都匀 and a 贵阳 worker in 深圳. One 惠水 claim is paid.
 */
export async function seedBureauDashboardWorld({ t, db }: BrowserApp): Promise<BureauDashboardWorld> {
  const provinceUsername = await db.insertAccount('BUREAU', PROVINCE.code);
  const countyUsername = await db.insertAccount('BUREAU', COUNTY.code);
  const province = await t.signIn(provinceUsername, TEST_PASSWORD);
  const county = await t.signIn(countyUsername, TEST_PASSWORD);
  const guangdongUsername = await db.insertAccount('BUREAU', '440000');
  const guangdong = await t.signIn(guangdongUsername, TEST_PASSWORD);
  const recorder = await t.signIn(await db.insertAccount('ADMIN'), TEST_PASSWORD);

  const { registerOrganization } = await t.anonymous.ok(REGISTER_ORGANIZATION, {
    input: {
      name: '惠水县好花红农业合作社',
      kind: 'COOPERATIVE',
      creditCode: randomCreditCode('522731'),
      regionCode: '522731',
      username: uniqueUsername('employer'),
      password: TEST_PASSWORD,
    },
  });
  const organizationId = registerOrganization.account.organizationId as string;
  const posting = (regionCode: string, kind: 'LOCAL' | 'EAST_WEST', title: string) =>
    insertPosting({ organizationId, kind, title, regionCode, headcount: 20, partnerRegionCodes: kind === 'EAST_WEST' ? ['520000'] : undefined }, db.url);
  const local = await posting('522731', 'LOCAL', '蔬菜基地采收工');
  const duyun = await posting('522701', 'LOCAL', '都匀毛尖茶厂包装工');
  const shenzhen = await posting('440306', 'EAST_WEST', '深圳电子厂装配工');

  const today = chinaToday();
  const workerNames: string[] = [];
  const place = async (hukou: string, name: string, categories: string[], postingId: string, daysAgo: number, returnedDaysAgo?: number) => {
    workerNames.push(name);
    const { registerWorker } = await province.ok(REGISTER_WORKER, {
      input: {
        name,
        idNumber: randomIdNumber(hukou),
        phone: randomMobile(),
        hukouRegionCode: hukou,
        categories,
        // Held since long before the placements start: CATEGORY counts the categories of the start date.
        categoriesSince: addDays(today, -400),
        laborCapacity: 'FULL',
      },
    });
    const ended = returnedDaysAgo === undefined ? {} : { endDate: addDays(today, -returnedDaysAgo), endReason: 'RETURNED_HOME' };
    const { recordHistoricalPlacement } = await recorder.ok(RECORD_LATE, {
      input: { workerId: registerWorker.id, postingId, startDate: addDays(today, -daysAgo), contractMonths: 12, reason: '县务工台账补录', ...ended },
    });
    return recordHistoricalPlacement.id as string;
  };
  const first = await place('522731', '韦阿香', ['POVERTY_ALLEVIATED'], local, 150);
  await place('522731', '罗小明', ['RELOCATED'], shenzhen, 60);
  await place('522731', '王阿妹', ['POVERTY_ALLEVIATED', 'MONITORING_TARGET'], duyun, 90, 20);
  await place('522731', '杨国强', ['EXTREME_HARDSHIP'], shenzhen, 25);
  await place('522701', '吴阿秀', ['POVERTY_ALLEVIATED'], shenzhen, 40);
  await place('520102', '陈志刚', ['LOW_INCOME_ALLOWANCE'], shenzhen, 100);

  const year = Number(today.slice(0, 4));
  for (const [regionCode, workers] of [
    [PROVINCE.code, 8],
    [CITY.code, 6],
    ['520100', 1],
    [COUNTY.code, 4],
  ] as const) {
    await province.ok(SET_TARGET, { input: { regionCode, year, workers } });
  }

  // A paid claim, written as the statistics fixtures write one (the claim flow itself is the subsidy suites' subject).
  await db.query(
    `INSERT INTO subsidy_claims (placement_id, worker_id, worker_fingerprint, hukou_region_code, kind, beneficiary, amount, policy_id,
                                 status, evidence, submitted_by, paid_on, created_at, claim_key, fund)
     SELECT pl.id, pl.worker_id, w.id_fingerprint, pl.hukou_region_code, 'TRANSPORT', 'WORKER', 500, (SELECT id FROM subsidy_policies ORDER BY created_at LIMIT 1),
            'PAID', '{}'::jsonb, gen_random_uuid(), $2::date, now(), 'TRANSPORT:fixture-' || gen_random_uuid()::text, 'RURAL_REVITALIZATION_FUND'
     FROM placements pl JOIN workers w ON w.id = pl.worker_id WHERE pl.id = $1`,
    [first, today],
  );
  return { provinceUsername, countyUsername, province, county, guangdongUsername, guangdong, workerNames };
}
