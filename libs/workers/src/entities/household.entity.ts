import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { RegionEntity } from '@app/regions';

/** A household (户): its members share one hukou county. The unit of 一户一人 and of zero-employment households. */
@Entity('households')
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => RegionEntity, { name: 'fk_households_region' })
  @Index('idx_households_hukou_region_code')
  @Column({ name: 'hukou_region_code', type: 'char', length: 6 })
  hukouRegionCode: string;

  /**
   * The agency whose registration or ledger created the household: its agents may add members. Null when a bureau (or
   * ADMIN) created it: then only a bureau of the county adds members.
   */
  @ForeignKey(() => OrganizationEntity, { name: 'fk_households_created_by_organization' })
  @Index('idx_households_created_by_organization_id')
  @Column({ name: 'created_by_organization_id', type: 'uuid', nullable: true })
  createdByOrganizationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
