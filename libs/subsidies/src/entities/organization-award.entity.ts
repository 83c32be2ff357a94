import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { RegionEntity } from '@app/regions';
import { OrganizationAwardLevel, OrganizationAwardStatus } from '../awards/award-level.js';
import { SubsidyFund } from './subsidy-claim.entity.js';
import { SubsidyPolicyEntity } from './subsidy-policy.entity.js';

/**
 * A one-off award to a workshop or base (一次性奖补), decided by a bureau of the organisation's region: proposed by one
 * account, approved by another, paid by an account other than the approver. Once per organisation and level: the partial
 * unique index makes that hold under any concurrency; a rejected award does not count, so a corrected one can follow.
 */
@Entity('organization_awards')
@Index('uq_organization_awards_once_per_level', ['organizationId', 'level'], { unique: true, where: `"status" <> 'REJECTED'` })
@Index('idx_organization_awards_region_status', ['regionCode', 'status'])
@Check('ck_organization_awards_amount', '"amount" > 0')
@Check('ck_organization_awards_cap', '"cap" IS NULL OR "amount" <= "cap"')
@Check('ck_organization_awards_policy_cap', '"cap" IS NULL OR "policy_id" IS NOT NULL')
export class OrganizationAwardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_organization_awards_organization' })
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The organisation's region when the award was proposed: the bureaus of it review, pay and list the award. */
  @ForeignKey(() => RegionEntity, { name: 'fk_organization_awards_region' })
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'enum', enum: OrganizationAwardLevel, enumName: 'organization_award_level' })
  level: OrganizationAwardLevel;

  /** Integer yuan, fixed at the proposal. */
  @Column({ type: 'integer' })
  amount: number;

  /** What the bureau decided on: hires of 三类人员, people employed 6+ months, the certification. */
  @Column({ type: 'text' })
  basis: string;

  /** The fund it is paid from (award-schedules.ts), fixed at the proposal: only that fund's department decides and pays it. */
  @Column({ type: 'enum', enum: SubsidyFund, enumName: 'subsidy_fund' })
  fund: SubsidyFund;

  /** The policy version the award cites, when it cites one. */
  @ForeignKey(() => SubsidyPolicyEntity, { name: 'fk_organization_awards_policy' })
  @Column({ name: 'policy_id', type: 'uuid', nullable: true })
  policyId: string | null;

  /** The cited policy's cap for the level at the proposal; null for a bureau's own decision. */
  @Column({ type: 'integer', nullable: true })
  cap: number | null;

  @Column({ type: 'enum', enum: OrganizationAwardStatus, enumName: 'organization_award_status', default: OrganizationAwardStatus.PROPOSED })
  status: OrganizationAwardStatus;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'payment_reference', type: 'varchar', length: 100, nullable: true })
  paymentReference: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
