import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { PostingReindexer } from '@app/search';
import { RELEVANCE_POSTINGS } from './relevance-postings.js';
import { RELEVANCE_QUERIES } from './relevance-queries.js';
import { line, startBenchStack } from './support/bench-stack.js';

/**
 * npm run bench:relevance. Does search find what job seekers mean? Starts its own PostgreSQL and Meilisearch and the
 * API (as bench-stack does), writes the postings of relevance-postings.ts into PostgreSQL, builds the index with the
 * operator's rebuild, then asks searchPostings every query of relevance-queries.ts (first 10 hits) and prints:
 *
 * - recall@10: per query, the share of its expected postings (at most 10 of them) among the first 10 hits, averaged;
 * - top-3: the share of queries whose best posting (the first expected; any of them when they are equals) is among the
 *   first 3 hits;
 * - zero-result queries: queries that found nothing at all.
 *
 * BENCH_VERBOSE=1 prints every query with what it found; misses are always listed.
 */
const RECALL_GOAL = 0.9;
const TOP3_GOAL = 0.9;

const SEARCH = `query($input: SearchPostingsInput!) { searchPostings(input: $input) {
  totalCount edges { node { id title } } understood { regions { name } benefits occupations } relaxed } }`;

async function main(): Promise<void> {
  const stack = await startBenchStack('relevance');
  try {
    const { db, gql, app } = stack;
    const organization = (
      await db.query(
        `INSERT INTO organizations (name, kind, credit_code, region_code, verified_at)
         VALUES ('劳务协作企业', 'ENTERPRISE', '914403060000000001', '440306', now()) RETURNING id`,
      )
    ).rows[0].id as string;
    const keyOf = new Map<string, string>();
    const titleOf = new Map<string, string>();
    for (const posting of RELEVANCE_POSTINGS) {
      const id = randomUUID();
      keyOf.set(id, posting.key);
      titleOf.set(posting.key, posting.title);
      await db.query(
        `INSERT INTO postings (id, kind, title, description, organization_id, region_code, wage_min, wage_max, headcount, contract_months,
                               skills, benefits, created_by, version)
         VALUES ($1, $2::posting_kind, $3, $4, $5, $6, $7, $8, 10, $9, $10::text[], $11::text[], $12, 1)`,
        [
          id,
          posting.kind,
          posting.title,
          posting.description,
          posting.kind === 'PUBLIC_WELFARE' ? null : organization,
          posting.regionCode,
          posting.wage[0],
          posting.wage[1],
          12,
          posting.skills,
          posting.benefits,
          randomUUID(),
        ],
      );
    }
    // The outbox rows the inserts did not write are not needed: the rebuild reads every posting.
    const result = await app.get(PostingReindexer).reindex();
    if (result.indexed !== RELEVANCE_POSTINGS.length) throw new Error(`indexed ${result.indexed} of ${RELEVANCE_POSTINGS.length} postings`);

    let recallSum = 0;
    let top3 = 0;
    const zero: string[] = [];
    const misses: string[] = [];
    for (const { query, expected, equals } of RELEVANCE_QUERIES) {
      const data = await gql(SEARCH, { input: { query, first: 10 } });
      const found: string[] = data.searchPostings.edges.map((e: { node: { id: string } }) => keyOf.get(e.node.id) ?? '?');
      const wanted = expected.slice(0, 10);
      // With more than 10 expected, any 10 of them in the first 10 is full recall.
      const hit = found.filter((k) => expected.includes(k)).length;
      const recall = Math.min(hit, 10) / Math.min(expected.length, 10);
      recallSum += recall;
      const best = equals ? found.slice(0, 3).some((k) => expected.includes(k)) : found.slice(0, 3).includes(expected[0]);
      if (best) top3++;
      if (data.searchPostings.totalCount === 0) zero.push(query);
      const { understood, relaxed } = data.searchPostings as {
        understood: { regions: Array<{ name: string }>; benefits: string[]; occupations: string[] };
        relaxed: string[];
      };
      const took = [
        ...understood.regions.map((r) => `地区 ${r.name}`),
        ...understood.benefits.map((b) => `福利 ${b}`),
        ...understood.occupations.map((o) => `职业 ${o}`),
      ];
      const text = `${query} [${took.join(' ') || '-'}${relaxed.length ? `; 放宽 ${relaxed.join(' ')}` : ''}] → ${found.length ? found.map((k) => `${k}${expected.includes(k) ? '' : '✗'}`).join(' ') : '(nothing)'}`;
      if (recall < 1 || !best) {
        const missing = wanted.filter((k) => !found.includes(k)).map((k) => `${k} ${titleOf.get(k) ?? ''}`);
        misses.push(`${text}; recall ${recall.toFixed(2)}${best ? '' : `, best ${expected[0]} not in top 3`}; missing: ${missing.join(', ') || '-'}`);
      } else if (process.env.BENCH_VERBOSE) process.stdout.write(`ok: ${text}\n`);
    }
    for (const miss of misses) process.stdout.write(`miss: ${miss}\n`);
    const recall = recallSum / RELEVANCE_QUERIES.length;
    const share = top3 / RELEVANCE_QUERIES.length;
    line('relevance set', `${RELEVANCE_POSTINGS.length} postings, ${RELEVANCE_QUERIES.length} queries written as job seekers talk`);
    line('recall@10', recall.toFixed(3), `≥ ${RECALL_GOAL}: ${recall >= RECALL_GOAL ? 'met' : 'NOT met'}`);
    line('best posting in top 3', share.toFixed(3), `≥ ${TOP3_GOAL}: ${share >= TOP3_GOAL ? 'met' : 'NOT met'}`);
    line('zero-result queries', `${zero.length}${zero.length ? ` (${zero.join('、')})` : ''}`, `0: ${zero.length === 0 ? 'met' : 'NOT met'}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
