/**
 * `npm run bench:registration`: does an agency's registerWorker take measurably longer, or answer differently, when the
 * person is already registered than when they are new? Either would be the registration oracle again (issue 15,
 * item 4): an agency could learn whether an ID number belongs to a registered poverty-alleviated person by timing.
 * Registers BENCH_PAIRS pairs through the API as a verified agency, each pair one new ID number and one already
 * registered by the bureau, in alternating order (so drift in machine load falls on both sides), after a warm-up.
 * Prints the medians and p95 side by side, their difference, and whether the answers had the same shape.
 */
import { performance } from 'node:perf_hooks';
import bcrypt from 'bcryptjs';
import { randomCreditCode, randomIdNumber } from '@app/testing';
import { ms, percentile } from './search/percentiles.js';
import { line, startBenchStack } from './support/bench-stack.js';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 300);
const WARM_UP = 30;
const COUNTY = '522731';
const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) {
  id name registrationStatus categoriesVerified declaredCategories } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

const person = (idNumber: string) => ({ name: '王秀英', idNumber, hukouRegionCode: COUNTY, categories: ['POVERTY_ALLEVIATED'], laborCapacity: 'FULL' });

/** The answer without what differs for every registration (its id): equal for new and known people, or an oracle. */
const shapeOf = (answer: { registerWorker: Record<string, unknown> }) => JSON.stringify({ ...answer.registerWorker, id: null });

async function main(): Promise<void> {
  const stack = await startBenchStack('registration', { OUTBOX_RELAY: 'false' });
  try {
    const { db, gql } = stack;
    await db.query(`INSERT INTO accounts (username, password_hash, role) VALUES ('bench-admin', $1, 'ADMIN')`, [bcrypt.hashSync('bench-password', 4)]);
    const admin = (await gql(LOGIN, { input: { username: 'bench-admin', password: 'bench-password' } })).login.accessToken as string;
    const agency = {
      name: '惠水县劳务公司',
      kind: 'LABOR_AGENCY',
      creditCode: randomCreditCode(COUNTY),
      regionCode: COUNTY,
      username: 'bench-agency',
      password: 'bench-password-1',
    };
    const signedUp = await gql('mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { account { organizationId } } }', {
      input: agency,
    });
    await gql('mutation($id: ID!) { verifyOrganization(id: $id) { id } }', { id: signedUp.registerOrganization.account.organizationId }, admin);
    const token = (await gql(LOGIN, { input: { username: agency.username, password: agency.password } })).login.accessToken as string;

    // The people the bureau has registered (ACCEPTED): the ID numbers an attacker would probe.
    const known: string[] = [];
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      const idNumber = randomIdNumber(COUNTY);
      await gql(REGISTER, { input: person(idNumber) }, admin);
      known.push(idNumber);
    }
    await db.query('ANALYZE');

    const timed = async (idNumber: string) => {
      const started = performance.now();
      const answer = await gql(REGISTER, { input: person(idNumber) }, token);
      return { elapsed: performance.now() - started, shape: shapeOf(answer) };
    };
    const fresh: number[] = [];
    const existing: number[] = [];
    const shapes = { fresh: new Set<string>(), existing: new Set<string>() };
    for (let i = 0; i < PAIRS + WARM_UP; i++) {
      const order = i % 2 === 0 ? (['fresh', 'existing'] as const) : (['existing', 'fresh'] as const);
      for (const side of order) {
        const result = await timed(side === 'fresh' ? randomIdNumber(COUNTY) : known[i]);
        shapes[side].add(result.shape);
        if (i >= WARM_UP) (side === 'fresh' ? fresh : existing).push(result.elapsed);
      }
    }
    const median = { fresh: percentile(fresh, 50), existing: percentile(existing, 50) };
    const difference = median.existing - median.fresh;
    // Met when the medians lie within 1 ms and 10 % of each other: below what a caller can tell from network jitter.
    const limit = Math.min(1, 0.1 * median.fresh);
    line('pairs', `${PAIRS} (after ${WARM_UP} warm-up pairs), agency registerWorker over HTTP, alternating order`);
    line('new person p50 / p95', `${ms(median.fresh)} / ${ms(percentile(fresh, 95))}`);
    line('registered person p50 / p95', `${ms(median.existing)} / ${ms(percentile(existing, 95))}`);
    line('p50 difference (registered − new)', ms(difference), `|difference| ≤ ${ms(limit)}: ${Math.abs(difference) <= limit ? 'met' : 'NOT met'}`);
    const sameShape = shapes.fresh.size === 1 && shapes.existing.size === 1 && [...shapes.fresh][0] === [...shapes.existing][0];
    line('answers', sameShape ? 'one shape for both' : `DIFFER: ${[...shapes.fresh].join(' | ')} vs ${[...shapes.existing].join(' | ')}`, 'identical');
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
