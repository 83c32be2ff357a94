import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.js';
import { AUTHORIZATION_MATRIX, EVERYONE, type Caller as Role } from './authorization-matrix.js';
import { operationsOf, probeDocument, type Operation } from './operation-probe.js';
import { callersOfEveryRole } from './security-callers.js';

/** The global guard's own refusals; a domain refusal (wrong password, outside your jurisdiction) says more. */

/** Operations after which the caller's token no longer works. */
const ENDS_SESSION = new Set(['Mutation.logout']);

describe('authorization matrix: every operation, every role', () => {
  let t: TestApp;
  let callers: Record<Role, Caller>;
  let operations: Operation[];
  let types: Map<string, IntrospectionQuery['__schema']['types'][number]>;

  beforeAll(async () => {
    t = await startTestApp();
    const introspection = await t.anonymous.ok<IntrospectionQuery>(getIntrospectionQuery());
    // logout revokes the caller's tokens: probed last, so every other operation still meets a signed-in caller.
    operations = operationsOf(introspection.__schema).sort((a, b) => Number(ENDS_SESSION.has(a.name)) - Number(ENDS_SESSION.has(b.name)));
    types = new Map(introspection.__schema.types.map((type) => [type.name, type]));
    callers = await callersOfEveryRole(t);
  });

  afterAll(() => t.close());

  it('has a matrix entry for every query and mutation in the schema', () => {
    const missing = operations.map((o) => o.name).filter((name) => !(name in AUTHORIZATION_MATRIX));
    expect(missing).toEqual([]);
  });

  it('lets exactly the listed callers past the role gate, and refuses the rest', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const allowed = AUTHORIZATION_MATRIX[operation.name] ?? [];
      const { query, variables } = probeDocument(operation, types);
      for (const role of EVERYONE) {
        const result = await callers[role].gql(query, variables);
        const error = result.errors?.[0];
        const code = error?.extensions?.code;
        // The gate's refusals carry reasons of their own: a service's refusal (its domain's reason) is not the gate's.
        const reason = error?.extensions?.reason;
        const refusedByGate = (code === 'UNAUTHENTICATED' && reason === 'UNAUTHENTICATED') || (code === 'FORBIDDEN' && reason === 'ROLE_REQUIRED');
        if (allowed.includes(role) && refusedByGate) wrong.push(`${operation.name} refused ${role} (${code})`);
        if (!allowed.includes(role)) {
          const expected = role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (code !== expected || !refusedByGate) wrong.push(`${operation.name} let ${role} through (got ${code ?? 'data'}, expected ${expected})`);
        }
        if (code === 'INTERNAL_SERVER_ERROR') wrong.push(`${operation.name} failed internally for ${role}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});
