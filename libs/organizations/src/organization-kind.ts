export enum OrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  WORKSHOP = 'WORKSHOP',
  ASSISTANCE_BASE = 'ASSISTANCE_BASE',
  COOPERATIVE = 'COOPERATIVE',
  FAMILY_FARM = 'FAMILY_FARM',
  LABOR_AGENCY = 'LABOR_AGENCY',
  HR_AGENCY = 'HR_AGENCY',
  PUBLIC_EMPLOYER = 'PUBLIC_EMPLOYER',
}

/** Labour agencies and HR agencies organise placements (AGENT accounts); every other kind employs. */
export function isAgency(kind: OrganizationKind): boolean {
  return kind === OrganizationKind.LABOR_AGENCY || kind === OrganizationKind.HR_AGENCY;
}

/** 就业帮扶车间 and 就业帮扶基地 are certified by the bureau: their postings stay out of search until verified. */
export function requiresVerification(kind: OrganizationKind): boolean {
  return kind === OrganizationKind.WORKSHOP || kind === OrganizationKind.ASSISTANCE_BASE;
}
