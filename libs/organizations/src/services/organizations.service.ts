import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, InvalidInputError, isUniqueViolation, NoOrganizationError, Role } from '@app/common';
import { OutboxService } from '@app/outbox';
import { RegionsService } from '@app/regions';
import { creditCodeProblem, normalizeCreditCode } from '../credit-code.js';
import { OrganizationEntity } from '../entities/organization.entity.js';
import { OrganizationKind } from '../organization-kind.js';
import {
  type AgencyAction,
  creditCodeFieldProblem,
  CreditCodeTakenError,
  OrganizationNotFoundError,
  OrganizationNotVerifiedError,
} from '../organization.exception.js';

export interface NewOrganization {
  name: string;
  kind: OrganizationKind;
  creditCode: string;
  regionCode: string;
  smallOrMicro: boolean;
  location?: { lat: number; lng: number } | null;
}

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
    const creditCode = normalizeCreditCode(input.creditCode);
    // Every problem in one answer: the code and the region are judged together.
    const codeProblem = creditCodeProblem(creditCode);
    const problems = [codeProblem ? creditCodeFieldProblem(codeProblem) : null, this.regions.countyProblem(input.regionCode, 'regionCode')].filter(
      (p) => p !== null,
    );
    if (problems.length) throw new InvalidInputError(problems);
    const entity = manager.create(OrganizationEntity, {
      name: input.name.trim(),
      kind: input.kind,
      creditCode,
      regionCode: input.regionCode,
      smallOrMicro: input.smallOrMicro,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
    });
    try {
      return await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organizations_credit_code')) throw new CreditCodeTakenError();
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
