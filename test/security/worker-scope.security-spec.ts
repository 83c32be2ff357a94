import { getIntrospectionQuery, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.js';
import { EVERYONE, type Caller as Role } from './authorization-matrix.js';
import { objectsOfType, walkPersonPaths, type Walk } from './worker-paths.js';
import { harvest, seedWorkerWorld, type Harvest, type WorkerWorld } from './worker-world.js';

/** Ids of the people on every object of the walk (the walk adds the path fields and __typename). */
const selected = (typeName: string): string =>
  ({ Worker: 'id', Household: 'id', PlacementGroupMember: 'workerId', Application: 'workerId', Placement: 'workerId' })[typeName] ?? '';

/** What `worker(id)` (the top-level check) lets the caller see: the oracle for every nested path. */
async function permittedBy(caller: Caller, ids: Iterable<string>): Promise<Set<string>> {
  const permitted = new Set<string>();
  for (const id of ids) {
    const result = await caller.gql('query($id: ID!) { worker(id: $id) { id } }', { id });
    if (result.data?.worker) permitted.add(id);
  }
  return permitted;
}

/**
 * Issue 15, item 2: one access check for every Worker object. The schema is walked by introspection from Query (at most 5
 * entity levels, connection edges/node not counted, no field twice on a path) along every path that ends in Worker or
 * Household: lists, nested fields, rosters, households, applications, placements, matches. One seeded actor per role runs
 * every path; each Worker that comes back must be one that worker(id) lets the same actor see, and the people seeded to be
 * hidden from it never come back.
 */
describe('worker scope: every path that ends in a Worker or a Household', () => {
  let t: TestApp;
  let world: WorkerWorld;
  let walk: Walk;
  let types: Map<string, IntrospectionType>;
  const harvests = new Map<Role, Harvest>();

  beforeAll(async () => {
    t = await startTestApp();
    const introspection = await t.anonymous.ok<IntrospectionQuery>(getIntrospectionQuery());
    types = new Map(introspection.__schema.types.map((type) => [type.name, type]));
    walk = walkPersonPaths(introspection.__schema);
    world = await seedWorkerWorld(t);
    for (const role of EVERYONE) harvests.set(role, await harvest(world.callers[role], walk, world, types, selected));
  }, 180_000);

  afterAll(() => t.close());

  it('walks every field that returns a Worker or a Household, with arguments for each', () => {
    expect([...walk.personFields].sort()).toEqual(
      expect.arrayContaining([
        'Application.worker',
        'Household.members',
        'IdNumberReveal.worker',
        'Placement.worker',
        'PlacementGroupMember.worker',
        'Query.worker',
        'UnservedJobSeeker.worker',
        'Worker.household',
        'WorkerEdge.node',
        'WorkerMatch.worker',
      ]),
    );
    for (const harvest of harvests.values()) expect(harvest.missing).toEqual([]);
    // Not vacuous: somebody got an answer on each of the nested paths the issue names.
    const answered = new Set([...harvests.values()].flatMap((h) => [...h.answered]));
    expect([...answered]).toEqual(expect.arrayContaining(['Application.worker', 'Placement.worker', 'PlacementGroupMember.worker', 'Household.members']));
  });

  it('returns only workers the caller may see, on every path, for every role', async () => {
    const leaks: string[] = [];
    for (const [role, harvest] of harvests) {
      const permitted = await permittedBy(world.callers[role], harvest.workerIds);
      for (const id of harvest.workerIds) if (!permitted.has(id)) leaks.push(`${role} reached worker ${id} that worker(id) refuses it`);
    }
    expect(leaks).toEqual([]);
  });

  it('keeps the people seeded to be hidden from each role out of every path', () => {
    const w = world.workers;
    const seen = (role: Role) => harvests.get(role)!.workerIds;
    // The 贵阳 city bureau sees the group (its agency) and its own county's people, never the 昆明 ones.
    for (const hidden of [w.applicant, w.applicantKin, w.agentFar]) expect(seen('BUREAU').has(hidden.id)).toBe(false);
    for (const shown of [w.self, w.selfKin, w.agentLocal, w.agentKin]) expect(seen('BUREAU').has(shown.id)).toBe(true);
    // The employer sees its applicant, not the applicant's household, nor anybody else.
    expect(seen('EMPLOYER').has(w.applicant.id)).toBe(true);
    for (const hidden of [w.applicantKin, w.self, w.selfKin, w.agentKin]) expect(seen('EMPLOYER').has(hidden.id)).toBe(false);
    // The agency sees whom it registered, not their household members registered by the bureau.
    for (const shown of [w.agentLocal, w.agentFar]) expect(seen('AGENT').has(shown.id)).toBe(true);
    for (const hidden of [w.agentKin, w.applicant, w.applicantKin, w.self, w.selfKin]) expect(seen('AGENT').has(hidden.id)).toBe(false);
    // A worker sees themself, not their own household's other members.
    expect([...seen('WORKER')]).toEqual([w.self.id]);
    expect(seen('ANONYMOUS').size).toBe(0);
    for (const person of Object.values(w)) expect(seen('ADMIN').has(person.id)).toBe(true);
  });

  it('answers null where a nullable field leads to a hidden worker (the bureau and the other county’s roster member)', () => {
    const bureau = harvests.get('BUREAU')!;
    const roster = bureau.responses.flatMap((data) => objectsOfType(data, 'PlacementGroupMember'));
    const far = roster.find((m) => m.workerId === world.workers.agentFar.id);
    expect(far).toBeDefined();
    expect(far!.worker).toBeNull();
    const local = roster.find((m) => m.workerId === world.workers.agentLocal.id);
    expect((local?.worker as { id: string } | undefined)?.id).toBe(world.workers.agentLocal.id);
  });

  it('shows a household only through a member the caller may see', () => {
    const households = (role: Role) => harvests.get(role)!.householdIds;
    expect(households('EMPLOYER').has(world.workers.applicant.householdId)).toBe(true);
    expect(households('BUREAU').has(world.workers.applicant.householdId)).toBe(false);
    expect([...households('WORKER')]).toEqual([world.workers.self.householdId]);
  });
});
