import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';
import { OrganizationKind } from '../organization-kind.js';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Index('uq_organizations_credit_code', { unique: true })
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

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
