import { dateNumber } from '@app/common';
import { isOrganizationPublic, type OrganizationKind, publicOrganizationSql } from '@app/organizations';
import { PostingStatus } from './posting-enums.js';

/**
 * The one definition of a public posting (what anyone, signed in or not, may see): OPEN, its last day (`validUntil`,
 * China calendar) not passed, and from an organisation the public may see (workshops and assistance bases only once a
 * bureau verified them; a bureau's own public-welfare post has no organisation and needs no verification).
 *
 * Every reader asks this module, in the form it needs: the in-memory check (posting access, the search indexer), the
 * SQL condition (posting lists, search's PostgreSQL read, recommendations) and the Meilisearch filter (search and
 * recommendations). `today` is always China's business date (chinaToday() from @app/common), never the database's.
 */

/** The posting columns visibility depends on (an entity or a plain row). */
export interface PostingVisibilityFacts {
  status: PostingStatus | string;
  organizationId: string | null;
  /** YYYY-MM-DD (the last day shown) or null for no end date. */
  validUntil: string | null;
}

/** The posting's organisation, or null when it has none (or it was not loaded: then only an ownerless post passes). */
export type OrganizationFacts = { kind: OrganizationKind; verifiedAt: Date | null } | null;

/** In memory: may the public see this posting today? */
export function isPostingPublic(posting: PostingVisibilityFacts, organization: OrganizationFacts, today: string): boolean {
  if (posting.status !== PostingStatus.OPEN) return false;
  if (posting.validUntil !== null && posting.validUntil < today) return false;
  return posting.organizationId === null || (organization !== null && isOrganizationPublic(organization));
}

/**
 * As SQL, for a posting row under `alias` (`p` for `FROM postings p`) and an SQL expression giving today's date
 * (`:today` for TypeORM, `$2::date` for a raw pg statement). The status is an enum constant, so inlining it is safe.
 */
export function publicPostingSql(alias: string, todayExpression: string): string {
  return (
    `(${alias}.status = '${PostingStatus.OPEN}'` +
    ` AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= ${todayExpression})` +
    ` AND (${alias}.organization_id IS NULL OR ${publicOrganizationSql(`${alias}.organization_id`)}))`
  );
}

/** A TypeORM where fragment with its parameters: `query.andWhere(v.condition, v.parameters)`. */
export interface SqlCondition {
  condition: string;
  parameters: Record<string, string>;
}

/** The TypeORM form of publicPostingSql, binding today as a parameter named after the alias (no clash between two aliases). */
export function publicPostingWhere(alias: string, today: string): SqlCondition {
  const name = `publicToday_${alias.replace(/\W/g, '_')}`;
  return { condition: publicPostingSql(alias, `:${name}`), parameters: { [name]: today } };
}

/**
 * The Meilisearch filter, for an index of PostingDocuments. The indexer writes documents only for public postings and
 * deletes them when a posting or its organisation stops being public (see PostingDocumentSource), so the organisation
 * needs no filter; the status is filtered anyway (a document the relay has not removed yet), and the end date must be:
 * a posting expires with the calendar, without any event to re-index it.
 */
export function publicPostingMeiliFilter(today: string): string {
  return `(status = "${PostingStatus.OPEN}" AND (validUntil IS NULL OR validUntil >= ${dateNumber(today)}))`;
}
