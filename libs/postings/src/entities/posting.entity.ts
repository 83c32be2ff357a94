import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { RegionEntity } from '@app/regions';
import { PostingKind, PostingStatus } from '../posting-enums.js';

/**
 * A job posting. Rules that must never break are constraints here, not only checks in code: wage bounds,
 * headcount, contract length (≤ 12 months for public-welfare posts), and `activePlacements ≤ headcount`,
 * which makes concurrent hires for the last opening safe: exactly one can take it.
 */
@Entity('postings')
@Check('ck_postings_wages', '"wage_min" > 0 AND "wage_min" <= "wage_max"')
@Check('ck_postings_headcount', '"headcount" >= 1')
@Check('ck_postings_contract_months', '"contract_months" BETWEEN 1 AND 60')
@Check('ck_postings_welfare_contract', `"kind" <> 'PUBLIC_WELFARE' OR "contract_months" <= 12`)
@Check('ck_postings_openings', '"active_placements" >= 0 AND "active_placements" <= "headcount"')
@Check('ck_postings_owner', '"organization_id" IS NOT NULL OR "kind" = \'PUBLIC_WELFARE\'')
@Index('idx_postings_status_published', ['status', 'publishedAt'])
export class PostingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PostingKind, enumName: 'posting_kind' })
  kind: PostingKind;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The employer; null only for a public-welfare post created directly by a bureau. */
  @ForeignKey(() => OrganizationEntity, { name: 'fk_postings_organization' })
  @Index('idx_postings_organization_id')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** County of the workplace. */
  @ForeignKey(() => RegionEntity, { name: 'fk_postings_region' })
  @Index('idx_postings_region_code')
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'wage_min', type: 'integer' })
  wageMin: number;

  @Column({ name: 'wage_max', type: 'integer' })
  wageMax: number;

  @Column({ type: 'integer' })
  headcount: number;

  /** Placements currently active on this posting; openings = headcount − activePlacements. */
  @Column({ name: 'active_placements', type: 'integer', default: 0 })
  activePlacements: number;

  @Column({ name: 'contract_months', type: 'integer' })
  contractMonths: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  benefits: string[];

  /** For EAST_WEST postings: the western (source) provinces this employer recruits from. */
  @Column({ name: 'partner_region_codes', type: 'varchar', length: 6, array: true, default: () => "'{}'" })
  partnerRegionCodes: string[];

  @Column({ name: 'labor_brand', type: 'varchar', length: 40, nullable: true })
  laborBrand: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** 第四级体力劳动强度, 井下, 有毒有害: refuses workers under 18 (未成年工). */
  @Column({ type: 'boolean', default: false })
  hazardous: boolean;

  /** Part-time work: its placements may overlap a full-time job. */
  @Column({ name: 'part_time', type: 'boolean', default: false })
  partTime: boolean;

  @Column({ type: 'enum', enum: PostingStatus, enumName: 'posting_status', default: PostingStatus.OPEN })
  status: PostingStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Bumped on every change; the search document carries it, so index and database can be compared exactly. */
  @VersionColumn()
  version: number;
}
