import type { OrganizationKind } from '@app/organizations';

/**
 * The one-off awards to employment-support carriers (就业帮扶载体) the seed policies name: 就业帮扶车间 and 就业帮扶基地
 * that hire many 三类人员 with good results, and a base the province certifies as 省级就业帮扶示范基地. Each level is
 * once per organisation (a partial unique index on organization_awards).
 */
export enum OrganizationAwardLevel {
  WORKSHOP = 'WORKSHOP',
  ASSISTANCE_BASE = 'ASSISTANCE_BASE',
  PROVINCIAL_DEMONSTRATION_BASE = 'PROVINCIAL_DEMONSTRATION_BASE',
}

/** Proposed by one bureau account, approved (or rejected) by another, paid by a third party to the approval. */
export enum OrganizationAwardStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

export const AWARD_LEVEL_TITLES: Readonly<Record<OrganizationAwardLevel, string>> = {
  WORKSHOP: '就业帮扶车间一次性奖补',
  ASSISTANCE_BASE: '就业帮扶基地一次性奖补',
  PROVINCIAL_DEMONSTRATION_BASE: '省级就业帮扶示范基地一次性补助',
};

/** Which organisations a level is for: the level's own carrier (a workshop award to a workshop, base awards to bases). */
export const AWARD_LEVEL_KINDS: Readonly<Record<OrganizationAwardLevel, readonly `${OrganizationKind}`[]>> = {
  WORKSHOP: ['WORKSHOP'],
  ASSISTANCE_BASE: ['ASSISTANCE_BASE'],
  PROVINCIAL_DEMONSTRATION_BASE: ['ASSISTANCE_BASE'],
};
