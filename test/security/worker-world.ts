import { randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { chinaToday } from '@app/common';
import { acceptRegistration } from '../support/accepted-workers.js';
import { verifyOrganization } from '../support/organizations.js';
import { insertPosting } from '../support/postings-fixture.js';
import { insertAccount, TEST_PASSWORD } from '../support/seed-accounts.js';
import type { Caller, TestApp } from '../support/test-app.js';
import type { IntrospectionType } from 'graphql';
import type { Caller as Role } from './authorization-matrix.js';
import { answeredFields, documentFor, objectsOfType, type Walk } from './worker-paths.js';
import { callersOfEveryRole } from './security-callers.js';

const REGISTER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id household { id } } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id } }';
const CREATE_GROUP = 'mutation($input: CreatePlacementGroupInput!) { createPlacementGroup(input: $input) { id } }';
const ADD_TO_GROUP = 'mutation($input: AddToPlacementGroupInput!) { addToPlacementGroup(input: $input) { id } }';

export interface SeededWorker {
  id: string;
  idNumber: string;
  householdId: string;
}

/**
 * One seeded actor per role (security-callers) and the people around them, so every nested path has someone to hide:
 * - `self`: the WORKER caller (贵阳 南明区, registered by the BUREAU caller of 贵阳市) and `selfKin`, another member of
 *   the same household: the worker sees themself only.
 * - `applicant` (昆明, registered by the 昆明 bureau) applies to the EMPLOYER's posting and is hired; `applicantKin` shares
 *   the household and is linked to nobody: the employer must not reach them through household.members; the 贵阳 bureau
 *   reaches neither.
 * - `agentLocal` (南明区) and `agentFar` (昆明), registered by the AGENT's agency and put on its group roster for the
 *   employer's posting: the 贵阳 bureau sees the group (the agency is in its jurisdiction) but must not reach `agentFar`
 *   through the roster; `agentKin`, registered by the bureau into agentLocal's household, is hidden from the agency.
 */
export interface WorkerWorld {
  callers: Record<Role, Caller>;
  workers: Record<'self' | 'selfKin' | 'applicant' | 'applicantKin' | 'agentLocal' | 'agentFar' | 'agentKin', SeededWorker>;
  postingId: string;
  placementId: string;
  groupId: string;
  employerOrganizationId: string;
}

export async function seedWorkerWorld(t: TestApp): Promise<WorkerWorld> {
  const callers = await callersOfEveryRole(t);
  const { BUREAU: bureau, AGENT: agent, EMPLOYER: employer, WORKER: worker } = callers;
  const farBureau = await t.signIn(await insertAccount('BUREAU', '530100'), TEST_PASSWORD);
  const agentOrg = (await agent.ok('{ me { organizationId } }')).me.organizationId as string;
  const employerOrganizationId = (await employer.ok('{ me { organizationId } }')).me.organizationId as string;
  await verifyOrganization(bureau, agentOrg);

  const register = async (by: Caller, county: string, extra: Record<string, unknown> = {}): Promise<SeededWorker> => {
    const idNumber = randomIdNumber(county);
    const input = {
      name: '测试',
      idNumber,
      phone: randomMobile(),
      hukouRegionCode: county,
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      ...extra,
    };
    const data = (await by.ok(REGISTER, { input })).registerWorker;
    // An agency's registration waits for the county bureau (issue 15, item 4); the world's people are all accepted.
    if (by.role === 'AGENT') await acceptRegistration(county.startsWith('5301') ? farBureau : bureau, data.id);
    return { id: data.id, idNumber, householdId: data.household.id };
  };

  const selfId = (await worker.ok('{ me { workerId } }')).me.workerId as string;
  const selfSeen = (await bureau.ok('query($id: ID!) { worker(id: $id) { household { id } } }', { id: selfId })).worker;
  const self: SeededWorker = { id: selfId, idNumber: '', householdId: selfSeen.household.id };
  const selfKin = await register(bureau, '520102', { householdId: self.householdId, categories: ['LOW_INCOME_ALLOWANCE'] });

  const applicantLogin = uniqueUsername('applicant');
  const applicant = await register(farBureau, '530102', { username: applicantLogin, password: TEST_PASSWORD, willingToMigrate: true });
  const applicantKin = await register(farBureau, '530102', { householdId: applicant.householdId, categories: ['EXTREME_HARDSHIP'] });

  const agentLocal = await register(agent, '520102');
  const agentFar = await register(agent, '530102');
  const agentKin = await register(bureau, '520102', { householdId: agentLocal.householdId });

  // An east-west posting of the employer recruiting in Guizhou and Yunnan.
  const postingId = await insertPosting({ organizationId: employerOrganizationId, headcount: 20, partnerRegionCodes: ['520000', '530000'] });
  const applicantCaller = await t.signIn(applicantLogin, TEST_PASSWORD);
  const applicationId = (await applicantCaller.ok(APPLY, { postingId })).applyToPosting.id as string;
  const placementId = (await employer.ok(HIRE, { input: { applicationId, startDate: chinaToday(), contractMonths: 12 } })).hire.id as string;
  const groupId = (await agent.ok(CREATE_GROUP, { input: { postingId, departureDate: chinaToday(), departurePoint: '南明区人社局门口', transport: '包车' } }))
    .createPlacementGroup.id as string;
  await agent.ok(ADD_TO_GROUP, { input: { groupId, workerIds: [agentLocal.id, agentFar.id] } });

  return {
    callers,
    workers: { self, selfKin, applicant, applicantKin, agentLocal, agentFar, agentKin },
    postingId,
    placementId,
    groupId,
    employerOrganizationId,
  };
}

/** Values for the required arguments met on the walk, from the seeded world: a path without one fails the test. */
export function worldArguments(world: WorkerWorld, workerId: string): (coordinate: string, argument: string) => unknown {
  return (coordinate, argument) => {
    switch (`${coordinate}(${argument})`) {
      case 'Query.worker(id)':
        return workerId; // the walk runs Query.worker once for every seeded worker
      case 'Query.recommendPostings(workerId)':
        return world.workers.self.id;
      case 'Query.recommendWorkers(postingId)':
      case 'Query.posting(id)':
        return world.postingId;
      case 'Query.placement(id)':
      case 'Query.subsidyEligibility(placementId)':
        return world.placementId;
      case 'Query.placementGroup(id)':
        return world.groupId;
      case 'Query.organization(id)':
        return world.employerOrganizationId;
      case 'Query.returnees(regionCode)':
      case 'Query.unservedJobSeekers(regionCode)':
      case 'Query.zeroEmploymentHouseholds(regionCode)':
        return '520100';
      case 'Query.returnees(since)':
        return '2000-01-01';
      case 'Query.searchPostings(input)':
        // A few postings are enough to walk Posting.myApplication → Application.worker for each caller; a page of 50
        // from the shared database made this walk the slowest suite of the run (821 s).
        return { first: 3 };
    }
    return undefined;
  };
}

/** What one role got back from every path of the walk. */
export interface Harvest {
  workerIds: Set<string>;
  householdIds: Set<string>;
  answered: Set<string>;
  responses: unknown[];
  missing: string[];
}

/**
 * Runs every path of the walk (one document per root field, Query.worker once per seeded worker) as `caller` and keeps
 * every Worker and Household object that came back, wherever it sat.
 */
export async function harvest(
  caller: Caller,
  walk: Walk,
  world: WorkerWorld,
  types: Map<string, IntrospectionType>,
  extra: (typeName: string) => string,
): Promise<Harvest> {
  const result: Harvest = { workerIds: new Set(), householdIds: new Set(), answered: new Set(), responses: [], missing: [] };
  for (const [name, root] of walk.roots) {
    const ids = name === 'worker' ? Object.values(world.workers).map((w) => w.id) : [world.workers.self.id];
    for (const id of ids) {
      const { query, variables, missing } = documentFor(root, worldArguments(world, id), extra, types);
      result.missing.push(...missing);
      if (missing.length) continue;
      const response = await caller.gql(query, variables);
      const internal = (response.errors ?? []).filter(
        (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
      );
      expect(internal.map((e) => `${name}: ${e.message}`)).toEqual([]);
      result.responses.push(response.data);
      objectsOfType(response.data, 'Worker').forEach((w) => result.workerIds.add(String(w.id)));
      objectsOfType(response.data, 'Household').forEach((h) => result.householdIds.add(String(h.id)));
      answeredFields(response.data, 'Query', result.answered);
    }
  }
  result.missing = [...new Set(result.missing)];
  return result;
}
