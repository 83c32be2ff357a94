import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';

/** How many workers a region aims to have employed in a year (务工规模目标), set by its bureau or one above it. */
@Entity('employment_targets')
@Check('ck_employment_targets_workers', '"workers" >= 0')
export class EmploymentTargetEntity {
  @ForeignKey(() => RegionEntity, { name: 'fk_employment_targets_region' })
  @PrimaryColumn({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  workers: number;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
