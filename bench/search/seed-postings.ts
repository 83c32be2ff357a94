import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { between, pick } from './random.js';
import { CENTRES, EASTERN, KIND_WEIGHTS, LABOR_BRANDS, SKILLS, TITLE_PREFIXES, TITLE_SUFFIXES, TITLES, WESTERN } from './catalogue.js';

export interface SeedRegions {
  /** County codes under a province code. */
  countiesOf(provinceCode: string): string[];
}

function weightedKind(random: () => number): string {
  let r = random();
  for (const [kind, weight] of KIND_WEIGHTS) {
    if ((r -= weight) < 0) return kind;
  }
  return 'LOCAL';
}

const COLUMNS = [
  ['id', 'uuid'],
  ['kind', 'posting_kind'],
  ['title', 'text'],
  ['description', 'text'],
  ['organization_id', 'uuid'],
  ['region_code', 'text'],
  ['lat', 'float8'],
  ['lng', 'float8'],
  ['wage_min', 'int'],
  ['wage_max', 'int'],
  ['headcount', 'int'],
  ['contract_months', 'int'],
  ['skills', 'text'],
  ['partner_region_codes', 'text'],
  ['labor_brand', 'text'],
  ['created_by', 'uuid'],
  ['published_at', 'timestamptz'],
] as const;

/**
 * Inserts `count` postings straight into PostgreSQL in batches (one INSERT … SELECT FROM unnest per batch, one array
 * parameter per column), owned by `organizations` enterprises; public-welfare posts belong to no organisation.
 */
export async function seedPostings(
  client: pg.Client,
  regions: SeedRegions,
  organizations: string[],
  count: number,
  random: () => number,
  batch = 5_000,
): Promise<void> {
  const provinces = Object.keys(CENTRES).filter((p) => regions.countiesOf(p).length > 0);
  for (let done = 0; done < count; done += batch) {
    const columns: unknown[][] = COLUMNS.map(() => []);
    for (let i = 0; i < Math.min(batch, count - done); i++) {
      const kind = weightedKind(random);
      const province = kind === 'EAST_WEST' ? pick(random, EASTERN) : pick(random, kind === 'LOCAL' ? provinces : WESTERN);
      const [lat, lng] = CENTRES[province];
      const wageMin = kind === 'PUBLIC_WELFARE' ? between(random, 6, 12) * 100 : between(random, 25, 70) * 100;
      const title = `${pick(random, TITLE_PREFIXES)}${pick(random, TITLES[kind])}${pick(random, TITLE_SUFFIXES)}`;
      const skills = [pick(random, SKILLS), pick(random, SKILLS)];
      const values = [
        randomUUID(),
        kind,
        title,
        `${title}，${pick(random, ['包吃包住', '按时足额发放工资', '购买意外险', '提供培训'])}，欢迎脱贫劳动力报名。`,
        kind === 'PUBLIC_WELFARE' ? null : pick(random, organizations),
        pick(random, regions.countiesOf(province)),
        random() < 0.9 ? lat + (random() - 0.5) * 3 : null,
        0,
        wageMin,
        wageMin + between(random, 0, 30) * 100,
        between(random, 1, 50),
        kind === 'PUBLIC_WELFARE' ? 12 : between(random, 3, 36),
        `{${[...new Set(skills)].join(',')}}`,
        kind === 'EAST_WEST' ? `{${pick(random, WESTERN)}}` : '{}',
        kind === 'LOCAL' || kind === 'EAST_WEST' ? pick(random, LABOR_BRANDS) : null,
        randomUUID(),
        new Date(Date.now() - between(random, 0, 90 * 86_400) * 1000).toISOString(),
      ];
      values[7] = values[6] === null ? null : lng + (random() - 0.5) * 3;
      values.forEach((v, c) => columns[c].push(v));
    }
    const unnest = COLUMNS.map(([, type], i) => `$${i + 1}::${type === 'posting_kind' ? 'text' : type}[]`).join(', ');
    const names = COLUMNS.map(([name]) => name);
    const select = COLUMNS.map(([name, type]) =>
      type === 'posting_kind' ? `${name}::posting_kind` : name === 'skills' || name === 'partner_region_codes' ? `${name}::text[]` : name,
    );
    await client.query(
      `INSERT INTO postings (${names.join(', ')}, version) SELECT ${select.join(', ')}, 1 FROM unnest(${unnest}) AS t(${names.join(', ')})`,
      columns,
    );
  }
}
