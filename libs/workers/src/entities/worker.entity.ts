import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';
import { Gender, LaborCapacity, RegistrationStatus, SeekingStatus } from '../worker-enums.js';
import { HouseholdEntity } from './household.entity.js';

/**
 * A registered worker. The resident ID number is never stored in plain text: `idCiphertext` (AES-256-GCM,
 * key `idKeyId`), `idFingerprint` (HMAC-SHA256, unique: one person is registered once, nationwide) and the
 * masked form shown to users.
 */
@Entity('workers')
// The bureau's review queue: pending registrations of a jurisdiction, oldest first.
@Index('idx_workers_pending_review', ['hukouRegionCode', 'createdAt'], { where: `"registration_status" = 'PENDING_REVIEW'` })
@Check('ck_workers_merged_into', `("registration_status" = 'MERGED') = ("merged_into_worker_id" IS NOT NULL)`)
@Check('ck_workers_refusal_reason', `"registration_status" <> 'REJECTED' OR "registration_refusal_reason" IS NOT NULL`)
@Check('ck_workers_expected_wage', '"expected_monthly_wage" IS NULL OR "expected_monthly_wage" >= 0')
export class WorkerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ name: 'id_ciphertext', type: 'bytea' })
  idCiphertext: Buffer;

  @Column({ name: 'id_key_id', type: 'varchar', length: 16 })
  idKeyId: string;

  // Unique among ACCEPTED workers only: a registration under review may name someone already registered.
  @Index('uq_workers_id_fingerprint', { unique: true, where: `"registration_status" = 'ACCEPTED'` })
  @Index('idx_workers_id_fingerprint')
  @Column({ name: 'id_fingerprint', type: 'char', length: 64 })
  idFingerprint: string;

  @Column({ name: 'id_masked', type: 'varchar', length: 18 })
  idMasked: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ type: 'varchar', length: 11, nullable: true })
  phone: string | null;

  @ForeignKey(() => RegionEntity, { name: 'fk_workers_hukou_region' })
  @Index('idx_workers_hukou_region_code')
  @Column({ name: 'hukou_region_code', type: 'char', length: 6 })
  hukouRegionCode: string;

  @ForeignKey(() => HouseholdEntity, { name: 'fk_workers_household' })
  @Index('idx_workers_household_id')
  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'labor_capacity', type: 'enum', enum: LaborCapacity, enumName: 'labor_capacity' })
  laborCapacity: LaborCapacity;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ name: 'labor_brand', type: 'varchar', length: 40, nullable: true })
  laborBrand: string | null;

  @Column({ name: 'seeking_status', type: 'enum', enum: SeekingStatus, enumName: 'seeking_status', default: SeekingStatus.SEEKING })
  seekingStatus: SeekingStatus;

  @Column({ name: 'willing_to_migrate', type: 'boolean', default: false })
  willingToMigrate: boolean;

  @Column({ name: 'preferred_region_codes', type: 'varchar', length: 6, array: true, default: () => "'{}'" })
  preferredRegionCodes: string[];

  @Column({ name: 'expected_monthly_wage', type: 'integer', nullable: true })
  expectedMonthlyWage: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  /** The account that registered the worker (a bureau officer or an agent). */
  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  /** The agency whose agent registered the worker: its agents may see the worker. */
  @Index('idx_workers_registered_by_organization_id')
  @Column({ name: 'registered_by_organization_id', type: 'uuid', nullable: true })
  registeredByOrganizationId: string | null;

  @Column({ name: 'registration_status', type: 'enum', enum: RegistrationStatus, enumName: 'worker_registration_status', default: RegistrationStatus.ACCEPTED })
  registrationStatus: RegistrationStatus;

  /** The bureau account that accepted, refused or merged the registration. */
  @Column({ name: 'registration_reviewed_by', type: 'uuid', nullable: true })
  registrationReviewedBy: string | null;

  @Column({ name: 'registration_reviewed_at', type: 'timestamptz', nullable: true })
  registrationReviewedAt: Date | null;

  @Column({ name: 'registration_refusal_reason', type: 'text', nullable: true })
  registrationRefusalReason: string | null;

  /** The person a MERGED registration went into. */
  @ForeignKey(() => WorkerEntity, { name: 'fk_workers_merged_into' })
  @Column({ name: 'merged_into_worker_id', type: 'uuid', nullable: true })
  mergedIntoWorkerId: string | null;

  /** Set when the worker last came home from a job (返乡回流); cleared by a new placement. */
  @Column({ name: 'returned_home_on', type: 'date', nullable: true })
  returnedHomeOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
