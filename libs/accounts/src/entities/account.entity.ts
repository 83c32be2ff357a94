import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { RegionEntity } from '@app/regions';
import { BureauDepartment, Role } from '@app/common';

@Entity('accounts')
@Check('ck_accounts_token_version', '"token_version" >= 0')
@Check('ck_accounts_department_bureau_only', `"department" IS NULL OR "role" = 'BUREAU'`)
@Check('ck_accounts_disabled_reason', '("disabled_at" IS NULL) = ("disabled_reason" IS NULL) AND ("disabled_at" IS NOT NULL OR "disabled_by" IS NULL)')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored NFKC-normalised and lower-cased, so `Zhang` and `zhang` are one account. */
  @Index('uq_accounts_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 100 })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role' })
  role: Role;

  @ForeignKey(() => RegionEntity, { name: 'fk_accounts_region' })
  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  /** A BUREAU's department (which fund's subsidies it reviews and pays); null: one office doing both, or not a bureau. */
  @Column({ type: 'enum', enum: BureauDepartment, enumName: 'bureau_department', nullable: true })
  department: BureauDepartment | null;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_accounts_organization' })
  @Index('idx_accounts_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** A worker has at most one login. */
  @Index('uq_accounts_worker_id', { unique: true, where: '"worker_id" IS NOT NULL' })
  @Column({ name: 'worker_id', type: 'uuid', nullable: true })
  workerId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Why the account is disabled, set and cleared together with `disabledAt`. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'disabled_by', type: 'uuid', nullable: true })
  disabledBy: string | null;

  /** Tokens carry the version they were issued under; bumping it (logout, password change, disabling) refuses them all. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;
}
