import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, canSeeRegion, type FieldProblem, InvalidInputError, isUniqueViolation, NoOrganizationError, Role } from '@app/common';
import { OutboxService } from '@app/outbox';
import { RegionsService } from '@app/regions';
import { creditCodeProblem, normalizeCreditCode } from '../credit-code.js';
import { OrganizationEntity } from '../entities/organization.entity.js';
import { normalizeContact } from '../organization-contact.js';
import { AGENCY_KINDS, identifiedByIdNumber, type OrganizationKind } from '../organization-kind.js';
import {
  type AgencyAction,
  creditCodeFieldProblem,
  CreditCodeTakenError,
  IdentityReason,
  identityProblem,
  OrganizationError,
  OrganizationErrorReason,
  OrganizationNotFoundError,
  OrganizationNotVerifiedError,
} from '../organization.exception.js';

/** A broker's ID number sealed by the workers' IdNumberVault (the caller seals it: this library never sees it in plain). */
export interface SealedPersonalId {
  ciphertext: Buffer;
  keyId: string;
  fingerprint: string;
  masked: string;
}

/** What the caller made of a broker's ID number: sealed, or the problem with it (judged with every other field). */
export type PersonalIdentity = { sealed: SealedPersonalId } | { problem: FieldProblem };

export interface NewOrganization {
  name: string;
  kind: OrganizationKind;
  /** Every kind but INDIVIDUAL_BROKER. */
  creditCode?: string | null;
  /** INDIVIDUAL_BROKER only. */
  personalId?: PersonalIdentity | null;
  regionCode: string;
  smallOrMicro: boolean;
  location?: { lat: number; lng: number } | null;
  /** Published business phone (digits and dashes); optional. */
  contactPhone?: string | null;
  /** Published address; optional. */
  address?: string | null;
}

/** A change of an organisation's published contact: a field left undefined stays as it is; null or blank clears it. */
export interface ContactChanges {
  contactPhone?: string | null;
  address?: string | null;
}

/** At most this many agencies in one registrationHelp answer (a county has a handful; the bound keeps it cheap). */
export const REGISTRATION_HELP_MAX_AGENCIES = 50;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Inserts with the caller's transaction so the organisation and its first account appear together or not at all. */
  async create(input: NewOrganization, manager: EntityManager): Promise<OrganizationEntity> {
    const creditCode = input.creditCode ? normalizeCreditCode(input.creditCode) : null;
    // Every problem in one answer: the identity, the region and the contact are judged together.
    const { contact, problems: contactProblems } = normalizeContact({ contactPhone: input.contactPhone ?? null, address: input.address ?? null });
    const problems = [
      ...identityProblems(input.kind, creditCode, input.personalId ?? null),
      this.regions.countyProblem(input.regionCode, 'regionCode'),
      ...contactProblems,
    ].filter((p) => p !== null);
    const sealed = input.personalId && 'sealed' in input.personalId ? input.personalId.sealed : null;
    if (problems.length) throw new InvalidInputError(problems);
    const entity = manager.create(OrganizationEntity, {
      name: input.name.trim(),
      kind: input.kind,
      creditCode,
      idCiphertext: sealed?.ciphertext ?? null,
      idKeyId: sealed?.keyId ?? null,
      idFingerprint: sealed?.fingerprint ?? null,
      idMasked: sealed?.masked ?? null,
      regionCode: input.regionCode,
      smallOrMicro: input.smallOrMicro,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
      contactPhone: contact.contactPhone ?? null,
      address: contact.address ?? null,
    });
    try {
      return await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organizations_credit_code')) throw new CreditCodeTakenError();
      // Says nothing about the broker already registered.
      if (isUniqueViolation(error, 'uq_organizations_id_fingerprint'))
        throw new OrganizationError(OrganizationErrorReason.BROKER_ALREADY_REGISTERED, { field: 'idNumber' });
      throw error;
    }
  }

  async get(id: string): Promise<OrganizationEntity> {
    const found = await this.organizations.findOneBy({ id });
    if (!found) throw new OrganizationNotFoundError();
    return found;
  }

  /**
   * Vetted organisations: an AGENT account acts for registered workers, nominations, groups and claims only once the
   * bureau of its agency's region verified the agency (FORBIDDEN ORGANIZATION_NOT_VERIFIED naming the step). Other roles
   * pass: a bureau acts on its own authority, an employer is not an agency.
   */
  async requireVerifiedAgent(actor: Actor, action: AgencyAction): Promise<void> {
    if (actor.role !== Role.AGENT) return;
    if (!actor.organizationId) throw new NoOrganizationError();
    await this.requireVerified(actor.organizationId, action);
  }

  /** The organisation exists and the bureau of its region verified it. */
  async requireVerified(organizationId: string, action: AgencyAction): Promise<OrganizationEntity> {
    const organization = await this.get(organizationId);
    if (!organization.verifiedAt) throw new OrganizationNotVerifiedError(action);
    return organization;
  }

  findMany(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return ids.length ? this.organizations.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * The organisation's own accounts (EMPLOYER or AGENT), a bureau of its region or an ADMIN change its published
   * contact. Anyone else gets the refusal `organization` gives (ORGANIZATION_HIDDEN, the same for a missing one): the
   * answer never tells whether another party's organisation exists. Every problem in one answer.
   */
  async updateContact(actor: Actor, id: string, changes: ContactChanges): Promise<OrganizationEntity> {
    const [organization] = await this.findMany([id]);
    const own = actor.organizationId === id && (actor.role === Role.EMPLOYER || actor.role === Role.AGENT);
    if (!organization) {
      if (actor.role === Role.ADMIN) throw new OrganizationNotFoundError();
      throw new OrganizationError(OrganizationErrorReason.ORGANIZATION_HIDDEN);
    }
    if (!own && !canSeeRegion(actor, organization.regionCode)) throw new OrganizationError(OrganizationErrorReason.ORGANIZATION_HIDDEN);
    const { contact, problems } = normalizeContact(changes);
    if (problems.length) throw new InvalidInputError(problems);
    if (Object.keys(contact).length === 0) return organization;
    await this.organizations.update({ id }, contact);
    return this.get(id);
  }

  /**
   * registrationHelp: the agencies (AGENCY_KINDS) located in a county that a bureau verified, by name, at
   * most REGISTRATION_HELP_MAX_AGENCIES. Never an unverified agency (the bureau has not vetted it), never an employer.
   * The county is checked by the caller.
   */
  verifiedAgenciesIn(countyCode: string): Promise<OrganizationEntity[]> {
    return (
      this.organizations
        .createQueryBuilder('o')
        .where('o.region_code = :countyCode', { countyCode })
        .andWhere('o.kind IN (:...kinds)', { kinds: [...AGENCY_KINDS] })
        .andWhere('o.verified_at IS NOT NULL')
        // Code-point order, whatever the database's collation.
        .orderBy('o.name COLLATE "C"', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .limit(REGISTRATION_HELP_MAX_AGENCIES)
        .getMany()
    );
  }

  /**
   * A BUREAU certifies an organisation of its own jurisdiction (ADMIN anywhere). Verifying twice keeps the first date.
   * Verification changes whether the organisation's postings are public, so the outbox event that makes search follow
   * is written in the same transaction: the index can never miss it, nor hear of a verification that rolled back.
   */
  async verify(actor: Actor, id: string): Promise<OrganizationEntity> {
    const organization = await this.get(id);
    assertCanSeeRegion(actor, organization.regionCode);
    if (organization.verifiedAt) return organization;
    await this.dataSource.transaction(async (manager) => {
      // Conditional, so two bureaus verifying at once record one date and one event.
      const result = await manager.update(OrganizationEntity, { id, verifiedAt: IsNull() }, { verifiedAt: new Date(), verifiedBy: actor.accountId });
      if (result.affected) await this.outbox.enqueue(manager, 'organization', [id]);
    });
    return this.get(id);
  }
}

/** A registered body gives its credit code and no ID number; an individual broker its own ID number and no credit code. */
function identityProblems(kind: OrganizationKind, creditCode: string | null, personalId: PersonalIdentity | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (identifiedByIdNumber(kind)) {
    if (creditCode) problems.push(identityProblem('creditCode', IdentityReason.BROKER_HAS_NO_CREDIT_CODE));
    if (!personalId) problems.push(identityProblem('idNumber', IdentityReason.BROKER_ID_NUMBER_REQUIRED));
    else if ('problem' in personalId) problems.push(personalId.problem);
    return problems;
  }
  if (!creditCode) problems.push(identityProblem('creditCode', IdentityReason.CREDIT_CODE_REQUIRED));
  else {
    const codeProblem = creditCodeProblem(creditCode);
    if (codeProblem) problems.push(creditCodeFieldProblem(codeProblem));
  }
  if (personalId) problems.push(identityProblem('idNumber', IdentityReason.ID_NUMBER_FOR_BROKERS_ONLY));
  return problems;
}
