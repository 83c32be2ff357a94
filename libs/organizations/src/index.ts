export { OrganizationEntity } from './entities/organization.entity.js';
export { AGENCY_KINDS, OrganizationKind, identifiedByIdNumber, isAgency, requiresVerification } from './organization-kind.js';
export { KINDS_REQUIRING_VERIFICATION, isOrganizationPublic, publicOrganizationSql } from './organization-visibility.js';
export {
  OrganizationsService,
  REGISTRATION_HELP_MAX_AGENCIES,
  type ContactChanges,
  type NewOrganization,
  type PersonalIdentity,
  type SealedPersonalId,
} from './services/organizations.service.js';
export {
  ADDRESS_MAX,
  ADDRESS_MIN,
  CONTACT_MESSAGES,
  CONTACT_PHONE_MAX,
  CONTACT_PHONE_MIN,
  ContactReason,
  normalizeContact,
  type OrganizationContact,
} from './organization-contact.js';
export { OrganizationDirectoryService, type OrganizationFilter, type PostingCounts } from './services/organization-directory.service.js';
export { OrganizationsModule } from './organizations.module.js';
export { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from './credit-code.js';
export * from './organization.exception.js';
