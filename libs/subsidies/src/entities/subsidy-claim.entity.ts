import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { PlacementEntity } from '@app/placements';
import { RegionEntity } from '@app/regions';
import { SubsidyPolicyEntity } from './subsidy-policy.entity.js';

export enum SubsidyKind {
  TRANSPORT = 'TRANSPORT',
  JOB_SEEKING = 'JOB_SEEKING',
  TRACKING_SERVICE = 'TRACKING_SERVICE',
  ABSORPTION = 'ABSORPTION',
  EMPLOYMENT_REWARD = 'EMPLOYMENT_REWARD',
}

export enum SubsidyBeneficiary {
  WORKER = 'WORKER',
  AGENT = 'AGENT',
  EMPLOYER = 'EMPLOYER',
}

/** The fund a claim is paid from (policy.ts FUNDS: its name and the department that reviews and pays it). */
export enum SubsidyFund {
  RURAL_REVITALIZATION_FUND = 'RURAL_REVITALIZATION_FUND',
  EMPLOYMENT_FUND = 'EMPLOYMENT_FUND',
}

export enum SubsidyClaimStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

/**
 * A claim for one subsidy on one placement. One-off means once per person and the rule's once-per key (claim_key,
 * computed by the engine from the rule's scope: ever, per year, per cycle, per paid organisation, per placement),
 * anywhere: the partial unique index on the ID-number fingerprint and the key makes that hold under any concurrency,
 * across employers and provinces. A rejected claim does not count, so a corrected claim can follow it.
 */
@Entity('subsidy_claims')
@Index('uq_subsidy_claims_once_per_key', ['workerFingerprint', 'claimKey'], { unique: true, where: `"status" <> 'REJECTED'` })
@Index('idx_subsidy_claims_region_status', ['hukouRegionCode', 'status'])
@Check('ck_subsidy_claims_amount', '"amount" > 0')
@Check('ck_subsidy_claims_beneficiary', `("beneficiary" = 'WORKER') = ("beneficiary_organization_id" IS NULL)`)
export class SubsidyClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => PlacementEntity, { name: 'fk_subsidy_claims_placement' })
  @Index('idx_subsidy_claims_placement_id')
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  /** The worker's ID-number HMAC: the person, whichever record or province they appear under. */
  @Column({ name: 'worker_fingerprint', type: 'char', length: 64 })
  workerFingerprint: string;

  /** The worker's hukou county: the bureau there reviews the claim. */
  @ForeignKey(() => RegionEntity, { name: 'fk_subsidy_claims_hukou_region' })
  @Column({ name: 'hukou_region_code', type: 'char', length: 6 })
  hukouRegionCode: string;

  @Column({ type: 'enum', enum: SubsidyKind, enumName: 'subsidy_kind' })
  kind: SubsidyKind;

  @Column({ type: 'enum', enum: SubsidyBeneficiary, enumName: 'subsidy_beneficiary' })
  beneficiary: SubsidyBeneficiary;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_subsidy_claims_beneficiary_organization' })
  @Column({ name: 'beneficiary_organization_id', type: 'uuid', nullable: true })
  beneficiaryOrganizationId: string | null;

  /** The once-per key (claimKeyString): 'TRANSPORT', 'TRANSPORT:Y2026', 'ABSORPTION:<organisation id>' … */
  /** The fund of the rule it was claimed under, kept with it: only that fund's department reviews and pays it. */
  @Column({ type: 'enum', enum: SubsidyFund, enumName: 'subsidy_fund' })
  fund: SubsidyFund;

  @Column({ name: 'claim_key', type: 'varchar', length: 120 })
  claimKey: string;

  /** Integer yuan, fixed at submission. */
  @Column({ type: 'integer' })
  amount: number;

  @ForeignKey(() => SubsidyPolicyEntity, { name: 'fk_subsidy_claims_policy' })
  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @Column({ type: 'enum', enum: SubsidyClaimStatus, enumName: 'subsidy_claim_status', default: SubsidyClaimStatus.SUBMITTED })
  status: SubsidyClaimStatus;

  /** What the claim was decided on, frozen at submission: placement, confirmations, categories, policy version. */
  @Column({ type: 'jsonb' })
  evidence: unknown;

  /** The placement was recorded late by a bureau (补录): the reviewing bureau sees it. */
  @Column({ name: 'recorded_late', type: 'boolean', default: false })
  recordedLate: boolean;

  /** Set when the evidence changed after approval (a corrected confirmation): the bureau must look again. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  /**
   * ABSORPTION only: how the bureau checked the employment when approving (社保缴费记录, 工资流水, 实地核查 …). The
   * employer is paid on its own confirmations, so the bureau's check is the second party.
   */
  @Column({ name: 'employment_check', type: 'text', nullable: true })
  employmentCheck: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  @Column({ name: 'payment_reference', type: 'varchar', length: 100, nullable: true })
  paymentReference: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
