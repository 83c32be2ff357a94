export enum OrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  WORKSHOP = 'WORKSHOP',
  ASSISTANCE_BASE = 'ASSISTANCE_BASE',
  COOPERATIVE = 'COOPERATIVE',
  FAMILY_FARM = 'FAMILY_FARM',
  LABOR_AGENCY = 'LABOR_AGENCY',
  HR_AGENCY = 'HR_AGENCY',
  PUBLIC_EMPLOYER = 'PUBLIC_EMPLOYER',
  /** 劳务合作社: organises its members' and villagers' labour export; not the farmers' COOPERATIVE, which employs. */
  LABOR_COOPERATIVE = 'LABOR_COOPERATIVE',
  /** 劳务经纪人: one person who organises labour export; no credit code, identified by their own ID number. */
  INDIVIDUAL_BROKER = 'INDIVIDUAL_BROKER',
}

/**
 * The kinds that organise placements (AGENT accounts), vetted by the bureau of their region before they register
 * workers, nominate, organise groups or receive 跟踪服务补贴: labour companies, HR agencies, labour cooperatives and
 * individual brokers (the seed policies name 人力资源服务机构、劳务公司、劳务合作社、劳务经纪人). The one definition: everything
 * that asks "is an agency" asks this.
 */
export const AGENCY_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.LABOR_AGENCY,
  OrganizationKind.HR_AGENCY,
  OrganizationKind.LABOR_COOPERATIVE,
  OrganizationKind.INDIVIDUAL_BROKER,
];

/** A person, not a registered body: identified by their own resident ID number (sealed as workers' are), no credit code. */
export function identifiedByIdNumber(kind: OrganizationKind): boolean {
  return kind === OrganizationKind.INDIVIDUAL_BROKER;
}

/** Agencies organise placements (AGENT accounts); every other kind employs. */
export function isAgency(kind: OrganizationKind): boolean {
  return AGENCY_KINDS.includes(kind);
}

/** 就业帮扶车间 and 就业帮扶基地 are certified by the bureau: their postings stay out of search until verified. */
export function requiresVerification(kind: OrganizationKind): boolean {
  return kind === OrganizationKind.WORKSHOP || kind === OrganizationKind.ASSISTANCE_BASE;
}
