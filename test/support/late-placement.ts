import { randomIdNumber } from '@app/testing';
import { insertPosting } from './postings-fixture.js';
import type { Caller } from './test-app.js';

const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const RECORD_LATE = 'mutation($input: RecordHistoricalPlacementInput!) { recordHistoricalPlacement(input: $input) { id } }';
const CONFIRM = 'mutation($input: ConfirmEmploymentInput!) { confirmEmployment(input: $input) { revision } }';

export interface LatePlacement {
  /** The county bureau: registers the 脱贫人口 worker of its county and records the placement (补录). */
  bureau: Caller;
  /** The employer: confirms each month, employed and insured. */
  employer: Caller;
  employerOrganizationId: string;
  county: string;
  name: string;
  startDate: string;
  months: readonly string[];
  /** Where the job is (a posting is inserted there); another province by default. */
  workRegionCode?: string;
  /** The labour agency that organised it (a verified LABOR_AGENCY or HR_AGENCY), if any. */
  agentOrganizationId?: string;
}

/** A past cross-province placement of a new worker, recorded by the county bureau, with `months` confirmed by the employer. */
export async function recordLatePlacement(p: LatePlacement): Promise<{ placementId: string; workerId: string }> {
  const input = {
    name: p.name,
    idNumber: randomIdNumber(p.county),
    hukouRegionCode: p.county,
    categories: ['POVERTY_ALLEVIATED'],
    categoriesSince: '2020-06-01',
    laborCapacity: 'FULL',
  };
  const workerId: string = (await p.bureau.ok(REGISTER_WORKER, { input })).registerWorker.id;
  const postingId = await insertPosting({ organizationId: p.employerOrganizationId, regionCode: p.workRegionCode ?? '440306' });
  const record = {
    workerId,
    postingId,
    startDate: p.startDate,
    endDate: null,
    contractMonths: 12,
    reason: '纸质务工台账补录',
    agencyId: p.agentOrganizationId,
  };
  const placementId: string = (await p.bureau.ok(RECORD_LATE, { input: record })).recordHistoricalPlacement.id;
  for (const month of p.months) await p.employer.ok(CONFIRM, { input: { placementId, month, employed: true, monthlyWage: 5000, socialInsurancePaid: true } });
  return { placementId, workerId };
}
