import { addDays, chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername, waitForIndexing } from '@app/testing';
import { verifyOrganization } from '../../support/organizations.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const REGISTER_ORGANIZATION = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id household { id } } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const END = 'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { status } }';
const REVEAL = 'mutation($workerId: ID!, $purpose: RevealPurpose!, $note: String!) { revealIdNumber(workerId: $workerId, purpose: $purpose, note: $note) }';

export const COUNTY = '522731';
export const WORKSHOP = '惠水县好花红刺绣就业帮扶车间';
export const WORKSHOP_POSTING = '苗绣绣娘（帮扶车间，就近就业）';
export const UNVERIFIED_AGENCY = '惠水县新起点劳务有限公司';
export const EMPLOYER_POSTING = '深圳电子厂装配工（东西部协作）';
/** Registered by the verified agency with 农村低保 declared: the bureau checks its own records and 核实. */
export const DECLARED = '韦阿花';
/** Came home ten days ago to a household of three where nobody works now. */
export const RECENT_RETURNEE = '杨阿贵';
export const HOUSEHOLD_MEMBERS = ['罗阿英', '杨小妹'] as const;
/** Came home forty days ago (registered after 杨阿贵, so the server's order alone would put him first). */
export const EARLIER_RETURNEE = '吴阿牛';
/** Came home five months ago: outside the page's first three months, shown once the date goes back. */
export const LONG_AGO_RETURNEE = '张阿六';
/** In work (an active placement): her household is not a 零就业家庭. */
export const EMPLOYED = '陈阿华';
export const REVEAL_NOTE = '核对2026年一次性交通补助的发放账户';
/** How many more agency-declared workers than a page holds, so 加载更多 has something to load. */
export const DECLARED_EXTRA = 20;

export interface BureauQueuesWorld {
  bureauUsername: string;
  /** 黔南州's bureau: its queues cover every county of the prefecture, narrowed with 县. */
  cityBureauUsername: string;
  bureau: Caller;
  workshopId: string;
  workshopPostingId: string;
  agencyId: string;
  workerIds: Record<string, string>;
  /** The full numbers, for checking that no page shows one. */
  idNumbers: Record<string, string>;
  returnedOn: Record<string, string>;
}

/**
 * 惠水县's bureau and its queues: an unverified workshop with a posting nobody sees yet and an unverified agency;
 * a verified agency whose registrations carry declared categories (one named, twenty more for a second page);
 * three returnees (10, 40 and 150 days ago), the first with a household of three; a worker in work; and one ID
 * reveal by the bureau.
 */
export async function seedBureauQueuesWorld({ t, db }: BrowserApp): Promise<BureauQueuesWorld> {
  const bureauUsername = await db.insertAccount('BUREAU', COUNTY);
  const bureau = await t.signIn(bureauUsername, TEST_PASSWORD);
  const today = chinaToday();

  const signUp = async (name: string, kind: string, regionCode: string): Promise<{ id: string; caller: Caller }> => {
    const username = uniqueUsername(kind.toLowerCase());
    const { registerOrganization } = await t.anonymous.ok(REGISTER_ORGANIZATION, {
      input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, username, password: TEST_PASSWORD },
    });
    return { id: registerOrganization.account.organizationId as string, caller: await t.signIn(username, TEST_PASSWORD) };
  };

  const workshop = await signUp(WORKSHOP, 'WORKSHOP', COUNTY);
  const { createPosting: workshopPosting } = await workshop.caller.ok(CREATE_POSTING, {
    input: {
      kind: 'WORKSHOP',
      title: WORKSHOP_POSTING,
      regionCode: COUNTY,
      description: '在安置点车间绣制苗绣，计件工资，可照顾家里老人孩子。',
      wageMin: 2200,
      wageMax: 3000,
      headcount: 8,
      contractMonths: 12,
      skills: ['刺绣'],
    },
  });
  await signUp(UNVERIFIED_AGENCY, 'LABOR_AGENCY', COUNTY);

  const agency = await signUp('惠水县民安劳务有限公司', 'LABOR_AGENCY', COUNTY);
  await verifyOrganization(bureau, agency.id);
  const employer = await signUp('深圳市协作装配电子有限公司', 'ENTERPRISE', '440306');
  const { createPosting: employerPosting } = await employer.caller.ok(CREATE_POSTING, {
    input: {
      kind: 'EAST_WEST',
      title: EMPLOYER_POSTING,
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

  const workerIds: Record<string, string> = {};
  const idNumbers: Record<string, string> = {};
  const register = async (caller: Caller, name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; householdId: string }> => {
    idNumbers[name] = randomIdNumber(COUNTY);
    const { registerWorker } = await caller.ok(REGISTER_WORKER, {
      input: {
        name,
        idNumber: idNumbers[name],
        phone: randomMobile(),
        hukouRegionCode: COUNTY,
        categories: ['POVERTY_ALLEVIATED'],
        laborCapacity: 'FULL',
        willingToMigrate: true,
        preferredRegionCodes: ['440000'],
        skills: ['普工'],
        ...extra,
      },
    });
    workerIds[name] = registerWorker.id as string;
    return { id: registerWorker.id as string, householdId: registerWorker.household.id as string };
  };

  await register(agency.caller, DECLARED, { categories: ['LOW_INCOME_ALLOWANCE'] });
  for (let i = 1; i <= DECLARED_EXTRA; i++) await register(agency.caller, `待核实${String(i).padStart(2, '0')}号`, { categories: ['MONITORING_TARGET'] });

  // A placement recorded from the paper ledger, then ended as 返乡 on the day given (or left running).
  const placed = async (workerId: string, startDate: string, returnedOn: string | null) => {
    const { recordHistoricalPlacement } = await bureau.ok(RECORD_LATE, {
      input: { workerId, postingId: employerPosting.id, startDate, endDate: null, contractMonths: 12, reason: '惠水县2026年纸质务工台账' },
    });
    if (returnedOn) await bureau.ok(END, { input: { placementId: recordHistoricalPlacement.id, endDate: returnedOn, reason: 'RETURNED_HOME' } });
  };
  const returnedOn = { [RECENT_RETURNEE]: addDays(today, -10), [EARLIER_RETURNEE]: addDays(today, -40), [LONG_AGO_RETURNEE]: addDays(today, -150) };

  const recent = await register(bureau, RECENT_RETURNEE);
  await register(bureau, HOUSEHOLD_MEMBERS[0], { householdId: recent.householdId, laborCapacity: 'WEAK', skills: ['刺绣'] });
  await register(bureau, HOUSEHOLD_MEMBERS[1], { householdId: recent.householdId, laborCapacity: 'HALF', willingToMigrate: false });
  await placed(recent.id, addDays(today, -250), returnedOn[RECENT_RETURNEE]);
  await placed((await register(bureau, EARLIER_RETURNEE)).id, addDays(today, -200), returnedOn[EARLIER_RETURNEE]);
  await placed((await register(bureau, LONG_AGO_RETURNEE)).id, addDays(today, -300), returnedOn[LONG_AGO_RETURNEE]);
  await placed((await register(bureau, EMPLOYED)).id, addDays(today, -60), null);

  await bureau.ok(REVEAL, { workerId: recent.id, purpose: 'SUBSIDY_PAYMENT', note: REVEAL_NOTE });
  await waitForIndexing({ databaseUrl: db.url });
  return {
    bureauUsername,
    cityBureauUsername: await db.insertAccount('BUREAU', '522700'),
    bureau,
    workshopId: workshop.id,
    workshopPostingId: workshopPosting.id as string,
    agencyId: agency.id,
    workerIds,
    idNumbers,
    returnedOn,
  };
}
