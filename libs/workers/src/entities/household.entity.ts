import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
