import { type Actor, canSeeRegion, Role } from '@app/common';

/** What decides who may add members to a household. */
export interface HouseholdSubject {
  hukouRegionCode: string;
  /** The agency that created the household; null when a bureau or ADMIN did. */
  createdByOrganizationId: string | null;
}

/**
 * Who may add a member to an existing household (issue 15, item 3): a bureau whose jurisdiction holds the household's
 * county, the agency that created the household, or ADMIN. Anyone else could take a household off the bureau's
 * 零就业家庭 list (or put it on) by adding an invented person, so nobody else may.
 */
export function canAddHouseholdMember(actor: Actor, household: HouseholdSubject): boolean {
  switch (actor.role) {
    case Role.ADMIN:
      return true;
    case Role.BUREAU:
      return canSeeRegion(actor, household.hukouRegionCode);
    case Role.AGENT:
      return !!actor.organizationId && household.createdByOrganizationId === actor.organizationId;
    default:
      return false;
  }
}

/** The household a registration by this actor creates records its creator: the agency, or none for staff. */
export function householdCreatorFor(actor: Actor): string | null {
  return actor.role === Role.AGENT ? (actor.organizationId ?? null) : null;
}
