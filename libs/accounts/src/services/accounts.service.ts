import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, type BureauDepartment, DEPARTMENT_NAMES, isUniqueViolation, Role, RoleRequiredError } from '@app/common';
import { isAgency, type NewOrganization, OrganizationEntity, OrganizationsService } from '@app/organizations';
import { RegionsService } from '@app/regions';
import { AccountError, AccountErrorReason, AccountFieldReason, AccountInputError, InvalidCredentialsError, UsernameTakenError } from '../account.exception.js';
import { AccountEntity } from '../entities/account.entity.js';
import { normalizeUsername } from '../username.js';
import { SignInLimiter } from '../throttle/sign-in-limiter.js';
import { hashPassword } from './password-hasher.js';
import { TokenService } from './token.service.js';

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  regionCode?: string | null;
  organizationId?: string | null;
  workerId?: string | null;
  /** BUREAU only: the department whose fund's subsidies the account reviews and pays; absent or null: both. */
  department?: BureauDepartment | null;
}

export interface SignedIn {
  accessToken: string;
  account: AccountEntity;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationsService,
    private readonly limiter: SignInLimiter,
  ) {}

  /**
   * Signs in under the limits of SignInLimiter (`clientAddress`: the caller's address as the transport knows it). A
   * disabled account is named as such only after its password proved right, and that does not reset its count.
   */
  async login(username: string, password: string, clientAddress: string | null = null): Promise<SignedIn> {
    const name = normalizeUsername(username);
    const account = await this.accounts.findOneBy({ username: name });
    const check = await this.limiter.check(name, account, password, clientAddress);
    if (!check.ok || !account) throw new InvalidCredentialsError();
    if (account.disabledAt) throw new AccountError(AccountErrorReason.ACCOUNT_DISABLED);
    await this.limiter.accept(check, account.id);
    return { accessToken: await this.tokens.issue(account.id, account.tokenVersion), account };
  }

  async get(id: string): Promise<AccountEntity> {
    const account = await this.accounts.findOneBy({ id });
    if (!account) throw new AccountError(AccountErrorReason.ACCOUNT_NOT_FOUND);
    return account;
  }

  /**
   * ADMIN creates BUREAU, ADMIN and organisation accounts; a BUREAU creates BUREAU accounts inside its own
   * jurisdiction only. Worker logins come with registerWorker.
   */
  async create(actor: Actor, input: NewAccount): Promise<AccountEntity> {
    if (actor.role === Role.BUREAU) {
      if (input.role !== Role.BUREAU) throw new AccountError(AccountErrorReason.BUREAU_CREATES_BUREAU_ONLY);
      if (!input.regionCode) throw new AccountInputError('regionCode', AccountFieldReason.REGION_REQUIRED_FOR_BUREAU);
      this.regions.require(input.regionCode, 'regionCode');
      assertCanSeeRegion(actor, input.regionCode);
      // A department's account cannot make one of the other department, which would review the other fund's money.
      if (actor.department && input.department !== actor.department) {
        throw new AccountInputError('department', AccountFieldReason.DEPARTMENT_OWN_ONLY, { department: DEPARTMENT_NAMES[actor.department] });
      }
    } else if (actor.role !== Role.ADMIN) {
      throw new RoleRequiredError([Role.ADMIN, Role.BUREAU]);
    }
    // bcrypt is slow on purpose: hash before the transaction so no connection is held while it runs.
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.accountFields(input, manager);
      return this.insert(manager, { ...fields, username: input.username, passwordHash, role: input.role }, actor.accountId);
    });
  }

  /** Self-service sign-up of an employer or agency: the organisation and its first account, in one transaction. */
  async registerOrganization(organization: NewOrganization, username: string, password: string): Promise<SignedIn> {
    const passwordHash = await hashPassword(password);
    const account = await this.dataSource.transaction(async (manager) => {
      const created = await this.organizations.create(organization, manager);
      const role = isAgency(created.kind) ? Role.AGENT : Role.EMPLOYER;
      return this.insert(manager, { username, passwordHash, role, regionCode: created.regionCode, organizationId: created.id }, null);
    });
    return { accessToken: await this.tokens.issue(account.id, account.tokenVersion ?? 0), account };
  }

  /** The first ADMIN, from the command line. */
  async createAdmin(username: string, password: string): Promise<AccountEntity> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction((manager) => this.insert(manager, { username, passwordHash, role: Role.ADMIN }, null));
  }

  /** A password hash to store, computed outside any transaction (it takes tens of milliseconds of CPU by design). */
  hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** A login for a registered worker, inside the worker's registration transaction, with a hash from hashPassword(). */
  createWorkerLogin(
    manager: EntityManager,
    workerId: string,
    regionCode: string,
    username: string,
    passwordHash: string,
    createdBy: string,
  ): Promise<AccountEntity> {
    return this.insert(manager, { username, passwordHash, role: Role.WORKER, regionCode, workerId }, createdBy);
  }

  private async accountFields(input: NewAccount, manager: EntityManager): Promise<Pick<NewAccount, 'regionCode' | 'organizationId' | 'department'>> {
    if (input.department && input.role !== Role.BUREAU) throw new AccountInputError('department', AccountFieldReason.DEPARTMENT_BUREAU_ONLY);
    switch (input.role) {
      case Role.BUREAU:
        if (!input.regionCode) throw new AccountInputError('regionCode', AccountFieldReason.REGION_REQUIRED_FOR_BUREAU);
        this.regions.require(input.regionCode, 'regionCode');
        return { regionCode: input.regionCode, organizationId: null, department: input.department ?? null };
      case Role.ADMIN:
        return { regionCode: null, organizationId: null };
      case Role.EMPLOYER:
      case Role.AGENT: {
        if (!input.organizationId) throw new AccountInputError('organizationId', AccountFieldReason.ORGANIZATION_REQUIRED, { role: input.role });
        const organization = await manager.findOneBy(OrganizationEntity, { id: input.organizationId });
        if (!organization) throw new AccountInputError('organizationId', AccountFieldReason.ORGANIZATION_UNKNOWN);
        if ((input.role === Role.AGENT) !== isAgency(organization.kind)) {
          throw new AccountInputError('role', AccountFieldReason.ROLE_NOT_FOR_ORGANIZATION, {
            kind: organization.kind,
            expected: isAgency(organization.kind) ? Role.AGENT : Role.EMPLOYER,
          });
        }
        return { regionCode: organization.regionCode, organizationId: organization.id };
      }
      case Role.WORKER:
        throw new AccountInputError('role', AccountFieldReason.WORKER_LOGIN_VIA_REGISTRATION);
    }
  }

  private async insert(
    manager: EntityManager,
    input: Omit<NewAccount, 'password'> & { passwordHash: string },
    createdBy: string | null,
  ): Promise<AccountEntity> {
    const entity = manager.create(AccountEntity, {
      username: normalizeUsername(input.username),
      passwordHash: input.passwordHash,
      role: input.role,
      regionCode: input.regionCode ?? null,
      organizationId: input.organizationId ?? null,
      workerId: input.workerId ?? null,
      department: input.department ?? null,
      createdBy,
    });
    try {
      return await manager.save(entity);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_accounts_username')) throw new UsernameTakenError();
      throw error;
    }
  }
}
