import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';
import { OrganizationKind } from '../organization-kind.js';

/**
 * A registered body has its unified social credit code; an individual broker (劳务经纪人) has none and is identified by
 * their own resident ID number, sealed as workers' are (ciphertext under a key id, HMAC fingerprint, masked form): never
 * stored or shown in plain text. The kind is compared as text: a check cannot name an enum value added in its migration.
 */
@Entity('organizations')
@Check(
  'ck_organizations_identity',
  `CASE WHEN "kind"::text = 'INDIVIDUAL_BROKER'
     THEN "credit_code" IS NULL AND "id_ciphertext" IS NOT NULL AND "id_key_id" IS NOT NULL AND "id_fingerprint" IS NOT NULL AND "id_masked" IS NOT NULL
     ELSE "credit_code" IS NOT NULL AND "id_ciphertext" IS NULL AND "id_fingerprint" IS NULL END`,
)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Index('uq_organizations_credit_code', { unique: true })
  @Column({ name: 'credit_code', type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  /** An individual broker's ID number, AES-256-GCM sealed (IdNumberVault); null for every other kind. */
  @Column({ name: 'id_ciphertext', type: 'bytea', nullable: true, select: false })
  idCiphertext: Buffer | null;

  @Column({ name: 'id_key_id', type: 'varchar', length: 16, nullable: true, select: false })
  idKeyId: string | null;

  /** The broker's ID-number HMAC: one broker registration per person. */
  @Index('uq_organizations_id_fingerprint', { unique: true })
  @Column({ name: 'id_fingerprint', type: 'char', length: 64, nullable: true, select: false })
  idFingerprint: string | null;

  /** First 6 and the check character only. */
  @Column({ name: 'id_masked', type: 'varchar', length: 18, nullable: true })
  idMasked: string | null;

  @ForeignKey(() => RegionEntity, { name: 'fk_organizations_region' })
  @Index('idx_organizations_region_code')
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ name: 'small_or_micro', type: 'boolean', default: false })
  smallOrMicro: boolean;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  /** Published business phone (digits and dashes), shown to job seekers; never a person's private data. */
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  /** Published street address (地址), shown to job seekers. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
