import { randomBytes } from 'node:crypto';
import { createMeiliClient } from '@app/search';
import { randomCreditCode, uniqueUsername } from '@app/testing';
import type { IsolatedDatabase } from './isolated-database.js';
import { TEST_PASSWORD } from './seed-accounts.js';
import { Caller, type TestApp } from './test-app.js';

export const SEARCH = `query($input: SearchPostingsInput!) {
  searchPostings(input: $input) {
    totalCount
    edges { cursor distanceKm node { id title kind wageMin wageMax status region { code name } organization { name } } }
    pageInfo { hasNextPage endCursor }
    facets { kinds { value count } provinces { code name count } }
  }
}`;

export interface SearchData {
  searchPostings: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      distanceKm: number | null;
      node: {
        id: string;
        title: string;
        kind: string;
        wageMin: number;
        wageMax: number;
        status: string;
        region: { code: string; name: string };
        organization: { name: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { kinds: Array<{ value: string; count: number }>; provinces: Array<{ code: string; name: string; count: number }> };
  };
}

const REGISTER_ORG = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { role organizationId } } }';

/** A MEILI_INDEX_PREFIX no other suite uses. */
export function uniquePrefix(name: string): string {
  return `${name}_${randomBytes(3).toString('hex')}_`;
}

/** Signs up an organisation through GraphQL and returns its EMPLOYER caller. */
export async function signUpEmployer(t: TestApp, kind: string, regionCode: string, name: string): Promise<{ caller: Caller; organizationId: string }> {
  const data = await t.anonymous.ok(REGISTER_ORG, {
    input: { name, kind, creditCode: randomCreditCode(regionCode), regionCode, smallOrMicro: true, username: uniqueUsername('org'), password: TEST_PASSWORD },
  });
  const { accessToken, account } = data.registerOrganization;
  return { caller: new Caller(t.app, accessToken, account.role), organizationId: account.organizationId };
}

/** Every (id, version) in the index, sorted by id. */
export async function indexedVersions(host: string, key: string, uid: string): Promise<Array<{ id: string; version: number }>> {
  const index = createMeiliClient(host, key).index(uid);
  const docs: Array<{ id: string; version: number }> = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<{ id: string; version: number }>({ fields: ['id', 'version'], limit: 1000, offset });
    docs.push(...page.results.map((d) => ({ id: d.id, version: d.version })));
    if (page.results.length < 1000) break;
  }
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every (id, version) PostgreSQL says the public may see: what the index must hold, exactly. */
export async function publicVersions(db: IsolatedDatabase): Promise<Array<{ id: string; version: number }>> {
  const rows = await db.query<{ id: string; version: number }>(
    `SELECT p.id, p.version FROM postings p LEFT JOIN organizations o ON o.id = p.organization_id
      WHERE p.status = 'OPEN' AND (p.valid_until IS NULL OR p.valid_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
        AND (p.organization_id IS NULL OR o.kind NOT IN ('WORKSHOP', 'ASSISTANCE_BASE') OR o.verified_at IS NOT NULL)`,
  );
  return rows.map((r) => ({ id: r.id, version: r.version })).sort((a, b) => a.id.localeCompare(b.id));
}
