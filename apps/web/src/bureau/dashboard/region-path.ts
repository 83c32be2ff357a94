import type { RegionLevel } from '../../gql/graphql';

// GB/T 2260 codes carry their ancestors: 522731 lies in city 522700 in province 520000 (the server's division tree is
// built the same way), so the breadcrumb needs no lookup of parents.
const SIGNIFICANT: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6 };

export function levelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** Whether a region lies inside (or is) the jurisdiction: a bureau never looks above or beside its own. */
export function isWithin(code: string, jurisdiction: string): boolean {
  return /^\d{6}$/.test(code) && code.startsWith(jurisdiction.slice(0, SIGNIFICANT[levelOf(jurisdiction)]));
}

/** The codes from the jurisdiction down to the viewed region, both included (at most province, city, county). */
export function pathCodes(code: string, jurisdiction: string): string[] {
  const codes = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code];
  const unique = codes.filter((c, i) => codes.indexOf(c) === i);
  const start = unique.indexOf(jurisdiction);
  return start < 0 ? [code] : unique.slice(start);
}

export const LEVEL_LABELS: Record<RegionLevel, string> = { PROVINCE: '省', CITY: '市（州）', COUNTY: '县（区）' };
