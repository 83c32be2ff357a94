import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';
import { SubsidyPolicyEntity } from './subsidy-policy.entity.js';

/**
 * A county's own amount for one rule of a province policy version (具体补助标准由各地结合实际制定), from a day on; never
 * above the rule's amount, which is the province's cap. A new standard from a later day replaces it for placements
 * starting from then; claims keep the amount fixed at submission.
 */
@Entity('county_subsidy_standards')
@Index('uq_county_subsidy_standards', ['policyId', 'ruleIndex', 'countyCode', 'validFrom'], { unique: true })
@Check('ck_county_subsidy_standards_amount', '"amount" > 0')
@Check('ck_county_subsidy_standards_rule', '"rule_index" >= 0')
export class CountySubsidyStandardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => SubsidyPolicyEntity, { name: 'fk_county_subsidy_standards_policy' })
  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @Column({ name: 'rule_index', type: 'integer' })
  ruleIndex: number;

  @ForeignKey(() => RegionEntity, { name: 'fk_county_subsidy_standards_county' })
  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode: string;

  /** Yuan, at most the rule's amount (checked on entry: the cap lives in the policy's rules). */
  @Column({ type: 'integer' })
  amount: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
