import { OrganizationKind, requiresVerification } from './organization-kind.js';

/** The kinds whose organisations stay out of public view until a bureau has verified them. */
export const KINDS_REQUIRING_VERIFICATION: readonly OrganizationKind[] = Object.values(OrganizationKind).filter(requiresVerification);

/** May the public see this organisation's postings? */
export function isOrganizationPublic(organization: { kind: OrganizationKind; verifiedAt: Date | null }): boolean {
  return !requiresVerification(organization.kind) || organization.verifiedAt !== null;
}

/**
 * The same test as SQL, for list queries that must filter before paginating: true when the organisation whose id is in
 * `idColumn` may be seen by the public. The kinds are enum constants, so inlining them is safe.
 */
export function publicOrganizationSql(idColumn: string): string {
  const kinds = KINDS_REQUIRING_VERIFICATION.map((k) => `'${k}'`).join(', ');
  const unverifiedKinds = kinds ? `o.kind NOT IN (${kinds}) OR ` : '';
  return `EXISTS (SELECT 1 FROM organizations o WHERE o.id = ${idColumn} AND (${unverifiedKinds}o.verified_at IS NOT NULL))`;
}
