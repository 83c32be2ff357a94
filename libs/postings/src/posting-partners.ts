import { provinceOf } from '@app/common';
import { PostingKind } from './posting-enums.js';

/**
 * The one definition of "recruits from this province" (东西部劳务协作, searchPostings' partnerRegionCode): an EAST_WEST
 * posting whose partner (source) provinces include it. Partner codes are stored as province codes (posting-rules), and
 * every form below compares their province, as the search document does (partnerProvinceCodes).
 *
 * Each reader takes the form it needs: in memory, as SQL (search's PostgreSQL read of the hits), as a Meilisearch
 * filter (the search itself). `provinceCode` is always a province code the caller resolved through the region tree.
 */

/** In memory: does this posting recruit from the province? */
export function recruitsFromProvince(posting: { kind: PostingKind | string; partnerRegionCodes: readonly string[] }, provinceCode: string): boolean {
  return posting.kind === PostingKind.EAST_WEST && posting.partnerRegionCodes.some((code) => provinceOf(code) === provinceCode);
}

/**
 * As SQL, for a posting row under `alias` and an SQL expression giving the province code (`$3::text` for a raw pg
 * statement). The kind is an enum constant, so inlining it is safe.
 */
export function recruitsFromProvinceSql(alias: string, provinceExpression: string): string {
  return (
    `(${alias}.kind = '${PostingKind.EAST_WEST}'` +
    ` AND EXISTS (SELECT 1 FROM unnest(${alias}.partner_region_codes) AS partner(code) WHERE left(partner.code, 2) || '0000' = ${provinceExpression}))`
  );
}

/** The Meilisearch filter, for an index of PostingDocuments (partnerProvinceCodes holds the partners' provinces). */
export function recruitsFromProvinceMeiliFilter(provinceCode: string): string {
  if (!/^\d{2}0000$/.test(provinceCode)) throw new Error(`Not a province code: ${provinceCode}`);
  return `(kind = "${PostingKind.EAST_WEST}" AND partnerProvinceCodes = "${provinceCode}")`;
}
