import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Actor, InvalidInputError, isUniqueViolation, provinceOf, Role } from '@app/common';
import { SubsidyError, SubsidyErrorReason } from '../subsidy.exception.js';
import { SubsidyPolicyEntity } from '../entities/subsidy-policy.entity.js';
import type { SubsidyPolicy } from '../rules/policy.js';
import { validatePolicy } from '../rules/validate-policy.js';

export type StoredPolicy = SubsidyPolicy & { id: string };

export function toStoredPolicy(row: SubsidyPolicyEntity): StoredPolicy {
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    name: row.name,
    version: row.version,
    validFrom: row.validFrom,
    validTo: row.validTo,
    rules: row.rules as SubsidyPolicy['rules'],
  };
}

@Injectable()
export class SubsidyPoliciesService {
  constructor(@InjectRepository(SubsidyPolicyEntity) private readonly policies: Repository<SubsidyPolicyEntity>) {}

  async ofProvince(provinceCode: string): Promise<StoredPolicy[]> {
    const rows = await this.policies.find({ where: { provinceCode: provinceOf(provinceCode) }, order: { validFrom: 'ASC', createdAt: 'ASC' } });
    return rows.map(toStoredPolicy);
  }

  async get(id: string): Promise<StoredPolicy | null> {
    const row = await this.policies.findOneBy({ id });
    return row ? toStoredPolicy(row) : null;
  }

  /** Rules are data: validated against the engine's vocabulary before they are stored. ADMIN, or the province's own bureau. */
  async create(actor: Actor, input: unknown): Promise<StoredPolicy> {
    const result = validatePolicy(input);
    if (!result.ok) throw new InvalidInputError(result.problems);
    const policy = result.policy;
    const provinceBureau = actor.role === Role.BUREAU && actor.regionCode === policy.provinceCode;
    if (actor.role !== Role.ADMIN && !provinceBureau) throw new SubsidyError(SubsidyErrorReason.POLICY_OWNER_ONLY);
    try {
      const row = await this.policies.save(this.policies.create({ ...policy, rules: policy.rules, createdBy: actor.accountId }));
      return toStoredPolicy(row);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_subsidy_policies_version'))
        throw new SubsidyError(SubsidyErrorReason.POLICY_VERSION_EXISTS, { field: 'version', params: { version: policy.version } });
      throw error;
    }
  }
}
