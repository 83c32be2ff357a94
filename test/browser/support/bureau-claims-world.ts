import { randomIdNumber } from '@app/testing';
import { signUpOrganization } from '../../support/organizations.js';
import { insertPosting } from '../../support/postings-fixture.js';
import { TEST_PASSWORD } from '../../support/seed-accounts.js';
import type { Caller } from '../../support/test-app.js';
import type { BrowserApp } from './browser-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';
const CONFIRM_MONTH = 'mutation($input: ConfirmEmploymentsInput!) { confirmEmployments(input: $input) { failed } }';
const SUBMIT_MANY = 'mutation($input: SubmitSubsidyClaimsInput!) { submitSubsidyClaims(input: $input) { failed items { claim { id } error { message } } } }';
const REVIEW = 'mutation($input: ReviewSubsidyClaimInput!) { reviewSubsidyClaim(input: $input) { status } }';

export const COUNTY = '522731';
/** The subsidy every claim here is for: Guizhou's 一次性交通补助 after 3 months in work out of the province (500 元). */
export const KIND = 'TRANSPORT';
/** Officer 1 raised these on the workers' behalf: officer 1 may not approve them, officer 2 approves. */
export const OWN_SINGLE = '罗阿妹';
export const OWN_BATCH = ['杨秀英', '吴春花'] as const;
/** Its employer corrected a month after the claim was raised: marked for a second look. */
export const CORRECTED = OWN_BATCH[1];
/** Raised by officer 1 too, and rejected by officer 1 (a submitter may reject its own submission). */
export const TO_REJECT = '陈小芳';
/** Raised by officer 2 and approved by officer 1: officer 1 may not record its payment. */
export const APPROVED_BY_FIRST = '王德明';
/** Nobody claimed these: the 应发未发 list, granted in a batch. */
export const UNCLAIMED = ['李金凤', '张国华'] as const;

export interface BureauClaimsWorld {
  officers: [{ username: string; caller: Caller }, { username: string; caller: Caller }];
  /** An officer of 黔南州, the prefecture over 惠水县: narrows the same pages to one county. */
  cityUsername: string;
  /** The Shenzhen employer: confirms (and corrects) the months. */
  employer: Caller;
  /** Each named worker's TRANSPORT claim, or (UNCLAIMED) placement. */
  claimIds: Record<string, string>;
  placementIds: Record<string, string>;
}

/**
 * Two bureau accounts of 惠水县 and workers of the county recorded late (补录) at a Shenzhen employer from September
 * 2025, with September to November confirmed (employed, insured), so each is ELIGIBLE for the transport subsidy
 * at once; claims raised by one officer or the other as the names above say.
 */
export async function seedBureauClaimsWorld({ t, db }: BrowserApp): Promise<BureauClaimsWorld> {
  const officers = [] as unknown as BureauClaimsWorld['officers'];
  for (let i = 0; i < 2; i++) {
    const username = await db.insertAccount('BUREAU', COUNTY);
    officers.push({ username, caller: await t.signIn(username, TEST_PASSWORD) });
  }
  const [first, second] = officers;
  const { caller: employer, organizationId } = await signUpOrganization(t, 'ENTERPRISE', '440306', { name: '深圳市南山电子装配有限公司' });
  const postingId = await insertPosting({ organizationId, title: '电子厂装配工', regionCode: '440306' }, db.url);

  const placementIds: Record<string, string> = {};
  for (const name of [OWN_SINGLE, ...OWN_BATCH, TO_REJECT, APPROVED_BY_FIRST, ...UNCLAIMED]) {
    const input = {
      name,
      idNumber: randomIdNumber(COUNTY),
      hukouRegionCode: COUNTY,
      categories: ['POVERTY_ALLEVIATED'],
      categoriesSince: '2020-06-01',
      laborCapacity: 'FULL',
    };
    const workerId: string = (await first.caller.ok(REGISTER_WORKER, { input })).registerWorker.id;
    const record = { workerId, postingId, startDate: '2025-09-01', endDate: null, contractMonths: 12, reason: '惠水县2025年纸质务工台账补录' };
    const placementId: string = (await first.caller.ok(RECORD_LATE, { input: record })).recordHistoricalPlacement.id;
    placementIds[name] = placementId;
  }
  // The employer confirms each month for everyone at once, as on its 月度确认 page.
  for (const month of ['2025-09', '2025-10', '2025-11']) {
    const items = Object.values(placementIds).map((placementId) => ({ placementId, employed: true, monthlyWage: 5200, socialInsurancePaid: true }));
    expect((await employer.ok(CONFIRM_MONTH, { input: { month, items } })).confirmEmployments.failed).toBe(0);
  }

  const claimIds: Record<string, string> = {};
  const raise = async (by: Caller, names: readonly string[]) => {
    const { submitSubsidyClaims } = await by.ok(SUBMIT_MANY, { input: { items: names.map((name) => ({ placementId: placementIds[name], kind: KIND })) } });
    expect(submitSubsidyClaims.failed).toBe(0);
    names.forEach((name, i) => (claimIds[name] = submitSubsidyClaims.items[i].claim.id));
  };
  await raise(first.caller, [OWN_SINGLE, ...OWN_BATCH, TO_REJECT]);
  await raise(second.caller, [APPROVED_BY_FIRST]);
  // A corrected month after submission: the claim is flagged needsReview (证据有变化).
  await employer.ok(CONFIRM, {
    input: { placementId: placementIds[CORRECTED], month: '2025-11', employed: true, monthlyWage: 4800, socialInsurancePaid: true },
  });
  await first.caller.ok(REVIEW, { input: { claimId: claimIds[APPROVED_BY_FIRST], approve: true, note: '材料齐全' } });
  return { officers, cityUsername: await db.insertAccount('BUREAU', '522700'), employer, claimIds, placementIds };
}
