import { type Actor, canSeeRegion, Role } from '@app/common';
import { PostingKind, type PostingStatus } from './posting-enums.js';
import { isPostingPublic, type OrganizationFacts } from './posting-visibility.js';

/** The posting columns access depends on (an entity or a plain row). */
export interface PostingAccessFacts {
  kind: PostingKind;
  status: PostingStatus;
  organizationId: string | null;
  regionCode: string;
  validUntil: string | null;
}

export type { OrganizationFacts };

/**
 * The employer side of a posting: its organisation's accounts, or for a public-welfare post a bureau created, the
 * bureau of the post's region. ADMIN acts anywhere.
 */
export function canManagePosting(actor: Actor | undefined, posting: PostingAccessFacts): boolean {
  if (!actor) return false;
  if (actor.role === Role.ADMIN) return true;
  if (posting.organizationId) return actor.role === Role.EMPLOYER && actor.organizationId === posting.organizationId;
  return posting.kind === PostingKind.PUBLIC_WELFARE && actor.role === Role.BUREAU && canSeeRegion(actor, posting.regionCode);
}

/**
 * Beyond what is public, an organisation sees all its own postings and a bureau every posting whose workplace lies in
 * its jurisdiction, whatever the status.
 */
export function canSeePosting(actor: Actor | undefined, posting: PostingAccessFacts, organization: OrganizationFacts, today: string): boolean {
  if (actor?.role === Role.ADMIN) return true;
  if (actor?.role === Role.EMPLOYER && actor.organizationId && actor.organizationId === posting.organizationId) return true;
  if (actor?.role === Role.BUREAU && canSeeRegion(actor, posting.regionCode)) return true;
  // What is public is posting-visibility's to say, the same rule the lists, search and recommendations apply.
  return isPostingPublic(posting, organization, today);
}
