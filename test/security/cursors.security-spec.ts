import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { encodeCursor } from '@app/common';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.js';
import type { Caller as Role } from './authorization-matrix.js';
import { operationsOf, probeDocument, type Operation } from './operation-probe.js';
import { callersOfEveryRole } from './security-callers.js';

/** Cursors no list ever issued: not base64 JSON, the wrong shape, impossible instants, negative offsets. */
const FORGED = [
  'not-a-cursor!!',
  Buffer.from('{"a":1}').toString('base64url'),
  encodeCursor([]),
  encodeCursor(['x', 'y']),
  encodeCursor([-1]),
  encodeCursor([1.5]),
  encodeCursor(['2025-02-31T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
  encodeCursor(['2025-01-01T00:00:00.000000Z', 'not-a-uuid']),
  encodeCursor(['52010', '00000000-0000-4000-8000-000000000000']),
  encodeCursor(["2025-01-01'; DROP TABLE workers; --", '00000000-0000-4000-8000-000000000000']),
];

/** Arguments a list needs to reach its cursor: a region the bureau caller covers, a real date. */
const REAL_VALUES: Record<string, unknown> = { regionCode: '520100', since: '2026-01-01' };

describe('every `after` argument refuses forged cursors as bad input naming the field', () => {
  let t: TestApp;
  let callers: Record<Role, Caller>;
  let lists: Array<{ operation: Operation; query: string; variables: Record<string, unknown> }>;

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RELAY: 'false' });
    const introspection = await t.anonymous.ok<IntrospectionQuery>(getIntrospectionQuery());
    const types = new Map(introspection.__schema.types.map((type) => [type.name, type]));
    lists = operationsOf(introspection.__schema)
      .filter((o) => o.field.args.some((a) => a.name === 'after'))
      .map((operation) => {
        const probe = probeDocument(
          { ...operation, field: { ...operation.field, args: operation.field.args.filter((a) => a.type.kind === 'NON_NULL') } },
          types,
        );
        const declared = probe.query.match(/^query(\((.*?)\))? \{/)?.[2];
        const query = probe.query
          .replace(/^query(\(.*?\))? \{/, `query(${declared ? `${declared}, ` : ''}$after: String) {`)
          .replace(
            new RegExp(`${operation.field.name}(\\((.*?)\\))?`),
            (_m, _p, inner: string | undefined) => `${operation.field.name}(${inner ? `${inner}, ` : ''}after: $after)`,
          );
        const variables = Object.fromEntries(Object.entries(probe.variables).map(([k, v]) => [k, k in REAL_VALUES ? REAL_VALUES[k] : v]));
        return { operation, query, variables };
      });
    callers = await callersOfEveryRole(t);
  });
  afterAll(() => t.close());

  it('finds the lists to probe', () => {
    expect(lists.map((l) => l.operation.name)).toEqual(
      expect.arrayContaining([
        'Query.unservedJobSeekers',
        'Query.zeroEmploymentHouseholds',
        'Query.workers',
        'Query.postings',
        'Query.subsidyClaims',
        'Query.organizations',
        'Query.idNumberReveals',
      ]),
    );
  });

  it('answers INVALID_CURSOR on `after` for each list and every forged cursor, and never data or an internal error', async () => {
    const unchecked: string[] = [];
    for (const { operation, query, variables } of lists) {
      let refusedAsCursor = 0;
      for (const [role, caller] of Object.entries(callers)) {
        for (const after of FORGED) {
          const result = await caller.gql(query, { ...variables, after });
          const error = result.errors?.[0];
          if (!error) unchecked.push(`${operation.name} as ${role} answered data for ${after}`);
          else if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') unchecked.push(`${operation.name} as ${role}: internal error for ${after}`);
          else if (error.extensions?.reason === 'INVALID_CURSOR') {
            expect(error.extensions.fields).toEqual(['after']);
            refusedAsCursor += 1;
          }
        }
      }
      // Callers the list refuses outright (role, scope) never reach the cursor; at least one caller must.
      if (refusedAsCursor === 0) unchecked.push(`${operation.name}: no caller reached the cursor check`);
    }
    expect(unchecked).toEqual([]);
  }, 120_000);

  it('refuses forged cursors in searchPostings(input.after)', async () => {
    for (const after of FORGED) {
      const result = await t.anonymous.gql('query($input: SearchPostingsInput!) { searchPostings(input: $input) { totalCount } }', { input: { after } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    }
  });
});
