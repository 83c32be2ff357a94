import fc from 'fast-check';
import { validateConfig } from '@app/config';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startTestApp, type Caller, type GraphQLResult, type TestApp } from '../support/test-app.js';
import type { Caller as Role } from './authorization-matrix.js';
import { corrupt, malformedValue } from './malformed-values.js';
import { operationsOf, probeDocument, type Operation } from './operation-probe.js';
import { callersOfEveryRole } from './security-callers.js';

/** Password hashing makes these slow on purpose; they are fuzzed separately with fewer runs. */
const SLOW = new Set(['Mutation.login', 'Mutation.registerOrganization', 'Mutation.createAccount', 'Mutation.changePassword']);
/** logout takes no input to corrupt, and would revoke the callers' tokens for the rest of the run (tested in test/e2e/accounts). */
const ENDS_SESSION = new Set(['Mutation.logout']);
const STACK_TRACE = /\bat [^\n]+:\d+:\d+|stacktrace/i;

function problemsIn(result: GraphQLResult, raw: string): string[] {
  const problems: string[] = [];
  if (STACK_TRACE.test(raw)) problems.push('stack trace in response');
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push(`uncoded error: ${error.message.slice(0, 80)}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${JSON.stringify(error.path)}`);
  }
  return problems;
}

describe('fuzzing every operation with malformed input', () => {
  let t: TestApp;
  let callers: Record<Role, Caller>;
  let operations: Operation[];
  let types: Map<string, IntrospectionQuery['__schema']['types'][number]>;
  const failures: string[] = [];
  let requests = 0;

  async function send(caller: Caller, query: string, variables: Record<string, unknown>, label: string): Promise<void> {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(caller.token ? { authorization: `Bearer ${caller.token}` } : {})
      .send({ query, variables });
    requests++;
    const problems = problemsIn({ status: res.status, data: res.body?.data, errors: res.body?.errors }, res.text);
    if (res.status >= 500) problems.push(`HTTP ${res.status}`);
    if (problems.length) failures.push(`${label}: ${problems.join(', ')}`);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const introspection = await t.anonymous.ok<IntrospectionQuery>(getIntrospectionQuery());
    operations = operationsOf(introspection.__schema);
    types = new Map(introspection.__schema.types.map((type) => [type.name, type]));
    callers = await callersOfEveryRole(t);
  });

  afterAll(() => t.close());

  it('answers 10,000 corrupted variables with coded errors, never an internal error or a stack trace', async () => {
    const fast = operations.filter((o) => !SLOW.has(o.name) && !ENDS_SESSION.has(o.name));
    const roles: Role[] = ['ANONYMOUS', 'WORKER', 'EMPLOYER', 'AGENT', 'BUREAU', 'ADMIN'];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fast.length - 1 }),
        fc.constantFrom(...roles),
        fc.array(fc.nat(), { maxLength: 4 }),
        malformedValue,
        async (index, role, path, replacement) => {
          const operation = fast[index];
          const { query, variables } = probeDocument(operation, types);
          const names = Object.keys(variables);
          const target = names.length ? names[(path[0] ?? 0) % names.length] : undefined;
          const corrupted = target ? { ...variables, [target]: corrupt(variables[target], path.slice(1), replacement) } : { junk: replacement };
          await send(callers[role], query, corrupted, `${operation.name} as ${role}`);
        },
      ),
      { numRuns: 10_000, seed: 20261123 },
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(10_000);
  }, 600_000);

  it('survives malformed sign-in and sign-up input', async () => {
    const slow = operations.filter((o) => SLOW.has(o.name));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: slow.length - 1 }), fc.array(fc.nat(), { maxLength: 3 }), malformedValue, async (index, path, replacement) => {
        const { query, variables } = probeDocument(slow[index], types);
        const [name] = Object.keys(variables);
        await send(callers.ADMIN, query, { ...variables, [name]: corrupt(variables[name], path, replacement) }, slow[index].name);
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(failures).toEqual([]);
  }, 300_000);

  it('refuses deep queries and alias bombs past the limits, and only those', async () => {
    const { GRAPHQL_MAX_ALIASES } = validateConfig(process.env);
    const introspectionDepthLimit = 15; // the introspection allowance in query-limits.ts
    const reasonOf = async (query: string) => {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query });
      return { reason: res.body?.errors?.[0]?.extensions?.reason as string | undefined, data: res.body?.data };
    };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 400 }), async (depth, aliases) => {
        let selection = 'name';
        for (let i = 0; i < depth; i++) selection = `ofType { ${selection} }`;
        // __type › fields › type › (ofType ×depth) › name
        const deep = `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
        const bomb = `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: __typename`).join(' ')} }`;
        await send(callers.ANONYMOUS, deep, {}, `depth ${depth}`);
        await send(callers.ANONYMOUS, bomb, {}, `${aliases} aliases`);
        const tooDeep = 4 + depth > introspectionDepthLimit;
        const tooMany = aliases > GRAPHQL_MAX_ALIASES;
        const [deepAnswer, bombAnswer] = [await reasonOf(deep), await reasonOf(bomb)];
        expect(deepAnswer.reason).toBe(tooDeep ? 'QUERY_TOO_DEEP' : undefined);
        expect(bombAnswer.reason).toBe(tooMany ? 'TOO_MANY_ALIASES' : undefined);
        if (!tooMany) expect(Object.keys(bombAnswer.data ?? {})).toHaveLength(aliases);
      }),
      // Both sides of each limit, whatever the random draws.
      {
        numRuns: 100,
        seed: 11,
        examples: [
          [11, GRAPHQL_MAX_ALIASES],
          [12, GRAPHQL_MAX_ALIASES + 1],
          [1, 1],
          [60, 400],
        ],
      },
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
