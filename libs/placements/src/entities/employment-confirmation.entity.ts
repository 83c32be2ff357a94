import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn, CreateDateColumn } from 'typeorm';
import { Role } from '@app/common';
import { PlacementEntity } from './placement.entity.js';

/**
 * The employer's attestation for one month of a placement (or, for a placement a bureau recorded late, that bureau's).
 * One per placement and month; a repeat corrects it. An organising agency's follow-ups are PlacementFollowUpEntity.
 */
@Entity('employment_confirmations')
@Index('uq_employment_confirmations_month', ['placementId', 'month'], { unique: true })
@Check('ck_employment_confirmations_month', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
@Check('ck_employment_confirmations_wage', '"monthly_wage" IS NULL OR "monthly_wage" >= 0')
export class EmploymentConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => PlacementEntity, { name: 'fk_employment_confirmations_placement', onDelete: 'CASCADE' })
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  /** YYYY-MM. */
  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'boolean' })
  employed: boolean;

  @Column({ name: 'monthly_wage', type: 'integer', nullable: true })
  monthlyWage: number | null;

  @Column({ name: 'social_insurance_paid', type: 'boolean' })
  socialInsurancePaid: boolean;

  @Column({ name: 'confirmed_by', type: 'uuid' })
  confirmedBy: string;

  /**
   * The role of the account that attested the month (EMPLOYER, BUREAU, ADMIN; AGENT only on rows from before agents
   * stopped confirming). A month counts for a subsidy only when attested by someone other than its beneficiary.
   */
  @Column({ name: 'attested_by_role', type: 'enum', enum: Role, enumName: 'account_role' })
  attestedByRole: Role;

  /** 1 for the first confirmation, +1 per correction (each correction is also in the audit log). */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
