import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import { type Actor, assertCanSeeRegion, InvalidInputError } from '@app/common';
import { RegionsService } from '@app/regions';
import { CountySubsidyStandardEntity } from '../entities/county-subsidy-standard.entity.js';
import { countyStandardProblems } from '../rules/county-standard.js';
import { SubsidyError, SubsidyErrorReason } from '../subsidy.exception.js';
import { SubsidyPoliciesService } from './subsidy-policies.service.js';

export interface CountyStandardInput {
  policyId: string;
  ruleIndex: number;
  countyCode: string;
  amount: number;
  validFrom: string;
}

/**
 * 县级标准: a county sets its own amount for a rule of its province's policy, at most the rule's amount (the province's
 * cap, e.g. transport "最高不超过500元，具体补助标准由各地结合实际制定"). The assessment of a worker registered in that
 * county uses the standard in force on the placement's start date, like the policy version itself.
 */
@Injectable()
export class CountyStandardsService {
  constructor(
    @InjectRepository(CountySubsidyStandardEntity) private readonly standards: Repository<CountySubsidyStandardEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: SubsidyPoliciesService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  /** A bureau whose jurisdiction covers the county (or ADMIN) sets it; setting the same day again replaces the amount. Audited. */
  async set(actor: Actor, input: CountyStandardInput): Promise<CountySubsidyStandardEntity> {
    this.regions.requireCounty(input.countyCode, 'countyCode');
    assertCanSeeRegion(actor, input.countyCode);
    const policy = await this.policies.get(input.policyId);
    if (!policy) throw new SubsidyError(SubsidyErrorReason.POLICY_NOT_FOUND, { field: 'policyId', params: { id: input.policyId } });
    const problems = countyStandardProblems(policy, input);
    if (problems.length) throw new InvalidInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const key = { policyId: input.policyId, ruleIndex: input.ruleIndex, countyCode: input.countyCode, validFrom: input.validFrom };
      const before = await manager.findOneBy(CountySubsidyStandardEntity, key);
      await manager
        .createQueryBuilder()
        .insert()
        .into(CountySubsidyStandardEntity)
        .values({ ...key, amount: input.amount, setBy: actor.accountId })
        .orUpdate(['amount', 'set_by'], ['policy_id', 'rule_index', 'county_code', 'valid_from'])
        .execute();
      const saved = (await manager.findOneBy(CountySubsidyStandardEntity, key))!;
      await this.audit.record(
        {
          actorAccountId: actor.accountId,
          action: 'county_subsidy_standard.set',
          subjectType: 'county_subsidy_standard',
          subjectId: saved.id,
          before: before ? { amount: before.amount } : null,
          after: { ...key, amount: saved.amount },
        },
        manager,
      );
      return saved;
    });
  }

  /** The standards of a policy version, optionally of one county, by county, rule and first day. */
  list(policyId: string, countyCode?: string | null): Promise<CountySubsidyStandardEntity[]> {
    return this.standards.find({
      where: countyCode ? { policyId, countyCode } : { policyId },
      order: { countyCode: 'ASC', ruleIndex: 'ASC', validFrom: 'ASC' },
    });
  }

  /**
   * For many (policy, county, start date) triples in one query: the amounts by rule index in force on each date (the
   * standard with the latest first day on or before it). Keyed by `countyStandardKey`.
   */
  async amountsOn(triples: ReadonlyArray<{ policyId: string; countyCode: string; date: string }>): Promise<Map<string, Record<number, number>>> {
    const result = new Map<string, Record<number, number>>();
    if (triples.length === 0) return result;
    const rows: Array<{ policy_id: string; county_code: string; on_date: string; rule_index: number; amount: number }> = await this.standards.query(
      `SELECT DISTINCT ON (t.policy_id, t.county_code, t.on_date, s.rule_index)
              t.policy_id, t.county_code, to_char(t.on_date, 'YYYY-MM-DD') AS on_date, s.rule_index, s.amount
         FROM unnest($1::uuid[], $2::char(6)[], $3::date[]) AS t(policy_id, county_code, on_date)
         JOIN county_subsidy_standards s ON s.policy_id = t.policy_id AND s.county_code = t.county_code AND s.valid_from <= t.on_date
        ORDER BY t.policy_id, t.county_code, t.on_date, s.rule_index, s.valid_from DESC`,
      [triples.map((t) => t.policyId), triples.map((t) => t.countyCode), triples.map((t) => t.date)],
    );
    for (const row of rows) {
      const key = countyStandardKey(row.policy_id, row.county_code, row.on_date);
      result.set(key, { ...(result.get(key) ?? {}), [row.rule_index]: row.amount });
    }
    return result;
  }
}

export function countyStandardKey(policyId: string, countyCode: string, date: string): string {
  return `${policyId}|${countyCode}|${date}`;
}
