import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from '@app/regions';

/** A province's subsidy rules as data, with a version and a validity period (rules are validated before they are stored). */
@Entity('subsidy_policies')
@Index('uq_subsidy_policies_version', ['provinceCode', 'version'], { unique: true })
@Check('ck_subsidy_policies_validity', '"valid_from" <= "valid_to"')
// A chain, never a tree: each version has at most one successor.
@Index('uq_subsidy_policies_supersedes', ['supersedesId'], { unique: true, where: '"supersedes_id" IS NOT NULL' })
export class SubsidyPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => RegionEntity, { name: 'fk_subsidy_policies_province' })
  @Column({ name: 'province_code', type: 'char', length: 6 })
  provinceCode: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date' })
  validTo: string;

  @Column({ type: 'jsonb' })
  rules: unknown;

  /** The version this one succeeds (same province, later start); null for a province's first version. */
  @ForeignKey(() => SubsidyPolicyEntity, { name: 'fk_subsidy_policies_supersedes' })
  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
