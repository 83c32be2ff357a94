import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  type Actor,
  addDays,
  assertCanSeeRegion,
  chinaToday,
  daysBetween,
  InvalidInputError,
  isUniqueViolation,
  PG_CHECK_VIOLATION,
  postgresErrorOf,
  provinceOf,
  regionCodeRange,
  Role,
} from '@app/common';
import { RegionsService } from '@app/regions';
import { SubsidyError, SubsidyErrorReason } from '../subsidy.exception.js';
import { SubsidyPolicyEntity } from '../entities/subsidy-policy.entity.js';
import type { SubsidyKindCode, SubsidyPolicy } from '../rules/policy.js';
import { policyFor } from '../rules/policy-for.js';
import { gapReason } from '../rules/policy-gap.js';
import { appliesUntil, successionProblems } from '../rules/succession.js';
import { validatePolicy } from '../rules/validate-policy.js';

export type StoredPolicy = SubsidyPolicy & { id: string; supersedesId: string | null };

/** A stored version with its place in the chain and whether a claim rests on it (then it is immutable). */
export interface PolicyVersion extends StoredPolicy {
  supersededById: string | null;
  /** The last day this version applies: validTo, or the day before its successor takes effect. */
  appliesUntil: string;
  claimCount: number;
}

/** Days ahead in which an ending version is reported by subsidyPolicyCoverage. */
export const COVERAGE_HORIZON_DAYS = 90;

export interface PolicyCoverage {
  regionCode: string;
  today: string;
  horizon: string;
  /** Versions of the province whose appliesUntil falls between today and the horizon, soonest first. */
  expiring: { policy: PolicyVersion; daysLeft: number; successor: PolicyVersion | null; continued: boolean }[];
  /** Placements (not cancelled) of workers with hukou in the region whose start date no version covers. */
  uncoveredPlacements: number;
  gaps: {
    provinceCode: string;
    provinceName: string;
    placements: number;
    firstStartDate: string;
    lastStartDate: string;
    reason: string;
    kinds: SubsidyKindCode[];
    counties: { regionCode: string; name: string; placements: number }[];
  }[];
}

export function toStoredPolicy(row: SubsidyPolicyEntity): StoredPolicy {
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    name: row.name,
    version: row.version,
    validFrom: row.validFrom,
    validTo: row.validTo,
    rules: row.rules as SubsidyPolicy['rules'],
    supersedesId: row.supersedesId,
  };
}

/** The input of createSubsidyPolicy / updateSubsidyPolicy: the policy as JSON, and the version it succeeds. */
type PolicyInput = object & { supersedesId?: string | null };

@Injectable()
export class SubsidyPoliciesService {
  constructor(
    @InjectRepository(SubsidyPolicyEntity) private readonly policies: Repository<SubsidyPolicyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async ofProvince(provinceCode: string): Promise<StoredPolicy[]> {
    const rows = await this.policies.find({ where: { provinceCode: provinceOf(provinceCode) }, order: { validFrom: 'ASC', createdAt: 'ASC' } });
    return rows.map(toStoredPolicy);
  }

  /** Every version of the province with its chain (supersedes / supersededBy), appliesUntil and claim count. */
  async versionsOf(provinceCode: string): Promise<PolicyVersion[]> {
    const policies = await this.ofProvince(provinceCode);
    const counts = await this.claimCounts(policies.map((p) => p.id));
    return policies.map((p) => {
      const successor = policies.find((s) => s.supersedesId === p.id) ?? null;
      return { ...p, supersededById: successor?.id ?? null, appliesUntil: appliesUntil(p, successor), claimCount: counts.get(p.id) ?? 0 };
    });
  }

  /** Many versions by id in one query (a page of claims names a few). */
  async findMany(ids: readonly string[]): Promise<StoredPolicy[]> {
    if (ids.length === 0) return [];
    const rows = await this.policies.findBy({ id: In([...ids]) });
    return rows.map(toStoredPolicy);
  }

  async get(id: string): Promise<StoredPolicy | null> {
    const row = await this.policies.findOneBy({ id });
    return row ? toStoredPolicy(row) : null;
  }

  /** The province's name as people write it (贵州省), for reasons; the code when the region is unknown. */
  provinceName(code: string): string {
    return this.regions.find(provinceOf(code))?.name ?? provinceOf(code);
  }

  /**
   * Rules are data: validated against the engine's vocabulary before they are stored. ADMIN, or the province's own
   * bureau. With supersedesId, the next version of that one (same province, later start, higher version; a version
   * has one successor at most). The predecessor is never changed: the successor applies from its validFrom on.
   */
  async create(actor: Actor, input: PolicyInput): Promise<StoredPolicy> {
    const { supersedesId = null, ...fields } = input;
    const policy = this.validated(actor, fields);
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        if (supersedesId) {
          const predecessor = await this.lock(manager, supersedesId, 'supersedesId');
          const problems = successionProblems(toStoredPolicy(predecessor), policy);
          if (problems.length) throw new InvalidInputError(problems);
        }
        return manager.save(manager.create(SubsidyPolicyEntity, { ...policy, rules: policy.rules, supersedesId, createdBy: actor.accountId }));
      });
      return toStoredPolicy(row);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_subsidy_policies_version'))
        throw new SubsidyError(SubsidyErrorReason.POLICY_VERSION_EXISTS, { field: 'version', params: { version: policy.version } });
      if (isUniqueViolation(error, 'uq_subsidy_policies_supersedes'))
        throw new SubsidyError(SubsidyErrorReason.POLICY_ALREADY_SUPERSEDED, { field: 'supersedesId' });
      throw error;
    }
  }

  /**
   * Corrects a version no claim rests on yet (a typo, a wrong date); its place in the chain stays. A version a claim
   * refers to is immutable (POLICY_IN_USE; the database refuses it too): a correction is a new version (supersedesId).
   */
  async update(actor: Actor, id: string, input: PolicyInput): Promise<StoredPolicy> {
    const policy = this.validated(actor, input);
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const current = await this.lock(manager, id, 'id');
        if (current.provinceCode !== policy.provinceCode) throw new SubsidyError(SubsidyErrorReason.POLICY_PROVINCE_FIXED, { field: 'provinceCode' });
        const used = await manager.query<{ n: number }[]>('SELECT count(*)::int AS n FROM subsidy_claims WHERE policy_id = $1', [id]);
        if (used[0].n > 0) throw new SubsidyError(SubsidyErrorReason.POLICY_IN_USE, { field: 'id', params: { claims: used[0].n } });
        const predecessor = current.supersedesId ? await manager.findOneBy(SubsidyPolicyEntity, { id: current.supersedesId }) : null;
        const successor = await manager.findOneBy(SubsidyPolicyEntity, { supersedesId: id });
        const problems = [
          ...(predecessor ? successionProblems(toStoredPolicy(predecessor), policy) : []),
          ...(successor
            ? successionProblems(policy, toStoredPolicy(successor)).map((p) => ({ ...p, field: p.field === 'supersedesId' ? 'provinceCode' : p.field }))
            : []),
        ];
        if (problems.length) throw new InvalidInputError(problems);
        Object.assign(current, { name: policy.name, version: policy.version, validFrom: policy.validFrom, validTo: policy.validTo, rules: policy.rules });
        return manager.save(current);
      });
      return toStoredPolicy(row);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_subsidy_policies_version'))
        throw new SubsidyError(SubsidyErrorReason.POLICY_VERSION_EXISTS, { field: 'version', params: { version: policy.version } });
      // A claim was submitted between our check and the write: the trigger of migration PolicySuccession refused it.
      if (postgresErrorOf(error)?.code === PG_CHECK_VIOLATION) throw new SubsidyError(SubsidyErrorReason.POLICY_IN_USE, { field: 'id', params: { claims: 1 } });
      throw error;
    }
  }

  /**
   * For a bureau of the region (or ADMIN): versions of its province ending within 90 days (China calendar), and the
   * placements of workers with hukou in the region that no version covers (policyFor finds none), per province and
   * county, with the kinds that go unassessed.
   */
  async coverage(actor: Actor, regionCode: string): Promise<PolicyCoverage> {
    assertCanSeeRegion(actor, regionCode);
    const today = chinaToday();
    const horizon = addDays(today, COVERAGE_HORIZON_DAYS);
    const province = provinceOf(regionCode);
    const versions = await this.versionsOf(province);
    const expiring = versions
      .filter((p) => p.appliesUntil >= today && p.appliesUntil <= horizon)
      .sort((a, b) => (a.appliesUntil < b.appliesUntil ? -1 : a.appliesUntil > b.appliesUntil ? 1 : 0))
      .map((p) => {
        const successor = versions.find((s) => s.id === p.supersededById) ?? null;
        // Continued when some version is in force the day after this one stops applying.
        const continued = policyFor(versions, province, addDays(p.appliesUntil, 1)) !== null;
        return { policy: p, daysLeft: daysBetween(today, p.appliesUntil), successor, continued };
      });

    const [low, high] = regionCodeRange(regionCode);
    const rows = await this.dataSource.query<{ county: string; start: string; n: number }[]>(
      `SELECT hukou_region_code AS county, to_char(start_date, 'YYYY-MM-DD') AS start, count(*)::int AS n
         FROM placements
        WHERE hukou_region_code >= $1 AND hukou_region_code < $2 AND status <> 'CANCELLED'
        GROUP BY 1, 2`,
      [low, high],
    );
    const uncovered = rows.filter((r) => policyFor(versions, r.county, r.start) === null);
    const gaps: PolicyCoverage['gaps'] = [];
    if (uncovered.length > 0) {
      const starts = uncovered.map((r) => r.start).sort();
      const byCounty = new Map<string, number>();
      for (const r of uncovered) byCounty.set(r.county, (byCounty.get(r.county) ?? 0) + r.n);
      const latest = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
      const provinceName = this.provinceName(province);
      gaps.push({
        provinceCode: province,
        provinceName,
        placements: uncovered.reduce((sum, r) => sum + r.n, 0),
        firstStartDate: starts[0],
        lastStartDate: starts[starts.length - 1],
        reason: gapReason(provinceName, versions, starts[0]),
        kinds: latest ? [...new Set(latest.rules.map((r) => r.kind))] : [],
        counties: [...byCounty.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([code, placements]) => ({ regionCode: code, name: this.regions.find(code)?.name ?? code, placements })),
      });
    }
    return { regionCode, today, horizon, expiring, uncoveredPlacements: gaps.reduce((s, g) => s + g.placements, 0), gaps };
  }

  private validated(actor: Actor, input: unknown): SubsidyPolicy {
    const result = validatePolicy(input);
    if (!result.ok) throw new InvalidInputError(result.problems);
    const policy = result.policy;
    const provinceBureau = actor.role === Role.BUREAU && actor.regionCode === policy.provinceCode;
    if (actor.role !== Role.ADMIN && !provinceBureau) throw new SubsidyError(SubsidyErrorReason.POLICY_OWNER_ONLY);
    return policy;
  }

  private async lock(manager: EntityManager, id: string, field: string): Promise<SubsidyPolicyEntity> {
    const row = await manager.createQueryBuilder(SubsidyPolicyEntity, 'p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
    if (!row) throw new SubsidyError(SubsidyErrorReason.POLICY_NOT_FOUND, { field, params: { id } });
    return row;
  }

  private async claimCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; n: number }[]>(
      'SELECT policy_id AS id, count(*)::int AS n FROM subsidy_claims WHERE policy_id = ANY($1::uuid[]) GROUP BY 1',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
