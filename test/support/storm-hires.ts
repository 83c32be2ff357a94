import { chinaToday } from '@app/common';
import { randomCreditCode, randomIdNumber, randomMobile, uniqueUsername } from '@app/testing';
import { createMeiliClient } from '@app/search';
import type { IsolatedDatabase } from './isolated-database.js';
import { TEST_PASSWORD } from './seed-accounts.js';
import { publicVersions } from './search-helpers.js';

/** One GraphQL call against a spawned API; throws when the API cannot be reached (down, or killed mid-request). */
export type Gql = (
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) => Promise<{ data?: any; errors?: Array<{ extensions?: { code?: string } }> }>;

const REGISTER_AGENCY = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { accessToken account { organizationId } } }';
const VERIFY_ORG = 'mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }';
const REGISTER_WORKER = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptWorkerRegistration(workerId: $id) { id } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken account { workerId } } }';
const APPLY = 'mutation($postingId: ID!) { applyToPosting(input: { postingId: $postingId }) { id } }';
const NOMINATE = 'mutation($postingId: ID!, $workerIds: [ID!]!) { nominateWorkers(input: { postingId: $postingId, workerIds: $workerIds }) { id } }';
const HIRE = 'mutation($input: HireInput!) { hire(input: $input) { id workerId postingId status posting { id status openings } } }';

export interface StormWorker {
  id: string;
  /** Set for workers with their own login, who apply themselves; the others are nominated by the agency. */
  token?: string;
}

/**
 * A 惠水县 labour agency (through registerOrganization), verified by a 黔南州 bureau account of `db` (vetted
 * organisations), and workers it registers through registerWorker, each accepted by that bureau.
 */
export async function signUpAgencyWithWorkers(
  gql: Gql,
  db: IsolatedDatabase,
  selfApplying: number,
  nominated: number,
): Promise<{ agentToken: string; workers: StormWorker[] }> {
  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const r = await gql(query, variables, token);
    if (!r.data) throw new Error(`setup failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  const agency = await ok(REGISTER_AGENCY, {
    input: {
      name: '风暴测试劳务合作社',
      kind: 'LABOR_AGENCY',
      creditCode: randomCreditCode('522731'),
      regionCode: '522731',
      smallOrMicro: false,
      username: uniqueUsername('stormagent'),
      password: TEST_PASSWORD,
    },
  });
  const agentToken: string = agency.registerOrganization.accessToken;
  const bureauLogin = (await ok(LOGIN, { input: { username: await db.insertAccount('BUREAU', '522700'), password: TEST_PASSWORD } })).login;
  await ok(VERIFY_ORG, { id: agency.registerOrganization.account.organizationId }, bureauLogin.accessToken);
  const register = async (withLogin: boolean): Promise<StormWorker> => {
    const username = uniqueUsername('stormw');
    const input = {
      name: '风暴工人',
      idNumber: randomIdNumber('522731'),
      phone: randomMobile(),
      hukouRegionCode: '522731',
      categories: ['POVERTY_ALLEVIATED'],
      laborCapacity: 'FULL',
      ...(withLogin ? { username, password: TEST_PASSWORD } : {}),
    };
    const id: string = (await ok(REGISTER_WORKER, { input }, agentToken)).registerWorker.id;
    // An agency's registration waits for the county bureau (issue 15, item 4).
    await ok(ACCEPT, { id }, bureauLogin.accessToken);
    if (!withLogin) return { id };
    const login = (await ok(LOGIN, { input: { username, password: TEST_PASSWORD } })).login;
    if (login.account.workerId !== id) throw new Error('the worker login does not belong to the worker');
    return { id, token: login.accessToken };
  };
  const workers = await Promise.all([
    ...Array.from({ length: selfApplying }, () => register(true)),
    ...Array.from({ length: nominated }, () => register(false)),
  ]);
  return { agentToken, workers };
}

export interface AcknowledgedHire {
  placementId: string;
  postingId: string;
  workerId: string;
  /** What the hire's answer said about the posting afterwards. */
  postingStatus: string;
  openings: number;
}

export type HireOutcome =
  | { kind: 'hired'; hire: AcknowledgedHire }
  /** The API answered with an error (the posting is full or closed): nothing was owed. */
  | { kind: 'refused'; code: string | undefined };

/**
 * The first half of a hire, as in the product: the worker applies, or (a worker without a login) the agency nominates
 * the worker. Returns the application's id, or the refusal. Throws when the API is unreachable.
 */
export async function applyThroughApi(
  gql: Gql,
  agentToken: string,
  postingId: string,
  worker: StormWorker,
): Promise<{ applicationId: string } | { refused: string | undefined }> {
  const r = worker.token ? await gql(APPLY, { postingId }, worker.token) : await gql(NOMINATE, { postingId, workerIds: [worker.id] }, agentToken);
  const applicationId: string | undefined = worker.token ? r.data?.applyToPosting?.id : r.data?.nominateWorkers?.[0]?.id;
  return applicationId ? { applicationId } : { refused: r.errors?.[0]?.extensions?.code };
}

/** The second half: the employer hires the application. Throws when the API is unreachable. */
export async function hireThroughApi(gql: Gql, employerToken: string, applicationId: string, postingId: string, workerId: string): Promise<HireOutcome> {
  const startDate = chinaToday();
  const r = await gql(HIRE, { input: { applicationId, startDate, contractMonths: 12 } }, employerToken);
  const p = r.data?.hire;
  if (!p) return { kind: 'refused', code: r.errors?.[0]?.extensions?.code };
  if (p.postingId !== postingId || p.workerId !== workerId || p.status !== 'ACTIVE')
    throw new Error(`hire answered with a different placement: ${JSON.stringify(p)}`);
  return { kind: 'hired', hire: { placementId: p.id, postingId, workerId, postingStatus: p.posting.status, openings: p.posting.openings } };
}

/** Acknowledged hires that PostgreSQL does not hold as that placement (same posting, same worker, still ACTIVE). */
export async function lostHires(db: IsolatedDatabase, hires: AcknowledgedHire[]): Promise<AcknowledgedHire[]> {
  const rows = await db.query<{ id: string; posting_id: string; worker_id: string; status: string }>(
    'SELECT id, posting_id, worker_id, status FROM placements WHERE id = ANY($1)',
    [hires.map((h) => h.placementId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hires.filter((h) => {
    const row = byId.get(h.placementId);
    return !row || row.posting_id !== h.postingId || row.worker_id !== h.workerId || row.status !== 'ACTIVE';
  });
}

export interface PostingPlacementRow {
  id: string;
  status: string;
  headcount: number;
  active_placements: number;
  active_rows: number;
}

/**
 * Postings whose hiring books do not add up: more active placements than headcount, a counter that disagrees with the
 * ACTIVE placement rows, an OPEN posting without an opening or a FILLED one with an opening left.
 */
export async function overbookedOrInconsistentPostings(db: IsolatedDatabase): Promise<PostingPlacementRow[]> {
  return db.query<PostingPlacementRow>(
    `SELECT p.id, p.status, p.headcount, p.active_placements, count(pl.id)::int AS active_rows
       FROM postings p LEFT JOIN placements pl ON pl.posting_id = p.id AND pl.status = 'ACTIVE'
      GROUP BY p.id
     HAVING count(pl.id) > p.headcount OR p.active_placements > p.headcount OR p.active_placements <> count(pl.id)
         OR (p.status = 'OPEN' AND p.active_placements >= p.headcount) OR (p.status = 'FILLED' AND p.active_placements < p.headcount)`,
  );
}

export interface PostingState {
  id: string;
  version: number;
  status: string;
  openings: number;
  wageMax: number;
}

/** What the index holds of each posting document, sorted by id. */
export async function indexedPostingStates(host: string, key: string, uid: string): Promise<PostingState[]> {
  const index = createMeiliClient(host, key).index(uid);
  const docs: PostingState[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<PostingState>({ fields: ['id', 'version', 'status', 'openings', 'wageMax'], limit: 1000, offset });
    docs.push(...page.results.map((d) => ({ id: d.id, version: d.version, status: d.status, openings: d.openings, wageMax: d.wageMax })));
    if (page.results.length < 1000) break;
  }
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}

/** The same fields from PostgreSQL, for exactly the postings the public may see (publicVersions decides which). */
export async function databasePostingStates(db: IsolatedDatabase): Promise<PostingState[]> {
  const ids = (await publicVersions(db)).map((p) => p.id);
  const rows = await db.query<{ id: string; version: number; status: string; openings: number; wage_max: number }>(
    'SELECT id, version, status, headcount - active_placements AS openings, wage_max FROM postings WHERE id = ANY($1)',
    [ids],
  );
  return rows
    .map((r) => ({ id: r.id, version: r.version, status: r.status, openings: r.openings, wageMax: r.wage_max }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
