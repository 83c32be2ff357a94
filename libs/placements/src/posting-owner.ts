import { type Actor, canSeeRegion, Role } from '@app/common';
import { PostingKind, type PostingEntity } from '@app/postings';

/**
 * The employer side of a posting: its organisation's accounts, or for a public-welfare post run by a bureau,
 * the bureau of the post's region. ADMIN acts anywhere.
 */
export function actsForEmployer(actor: Actor, posting: PostingEntity): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (posting.organizationId) return actor.role === Role.EMPLOYER && actor.organizationId === posting.organizationId;
  return posting.kind === PostingKind.PUBLIC_WELFARE && actor.role === Role.BUREAU && canSeeRegion(actor, posting.regionCode);
}
