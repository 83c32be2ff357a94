export { OrganizationEntity } from './entities/organization.entity.js';
export { OrganizationKind, isAgency, requiresVerification } from './organization-kind.js';
export { KINDS_REQUIRING_VERIFICATION, isOrganizationPublic, publicOrganizationSql } from './organization-visibility.js';
export { OrganizationsService, type NewOrganization } from './services/organizations.service.js';
export { OrganizationsModule } from './organizations.module.js';
export { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from './credit-code.js';
export * from './organization.exception.js';
