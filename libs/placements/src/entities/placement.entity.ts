import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { PostingEntity, PostingKind } from '@app/postings';
import { RegionEntity } from '@app/regions';
import { WorkerEntity } from '@app/workers';
import { PlacementEndReason, PlacementScope, PlacementStatus } from '../placement-enums.js';
import { PlacementGroupEntity } from './placement-group.entity.js';

/**
 * A worker in a job: the evidence subsidies are paid on. The posting kind and the worker's hukou region are copied in
 * at hire, so rules and statistics about the placement stay as they were when it started.
 * 一人一岗: the partial unique index allows one ACTIVE public-welfare placement per worker, whatever the code does.
 * One full-time job at a time: the exclusion constraint refuses two full-time placements of a worker that are not
 * CANCELLED and overlap over [start, end) (open-ended while not ended), ENDED ones included.
 * Stored statuses are ACTIVE, ENDED and CANCELLED; UPCOMING is derived from the start date (placementStatusOn).
 */
@Entity('placements')
@Index('uq_placements_active_welfare', ['workerId'], { unique: true, where: `"posting_kind" = 'PUBLIC_WELFARE' AND "status" = 'ACTIVE'` })
@Index('idx_placements_worker_id', ['workerId', 'startDate'])
@Index('idx_placements_hukou_start', ['hukouRegionCode', 'startDate'])
@Index('idx_placements_work_start', ['workRegionCode', 'startDate'])
@Check('ck_placements_welfare_contract', `"posting_kind" <> 'PUBLIC_WELFARE' OR "contract_months" <= 12`)
@Check('ck_placements_contract_months', '"contract_months" BETWEEN 1 AND 60')
@Check('ck_placements_dates', '"end_date" IS NULL OR "end_date" >= "start_date"')
@Check('ck_placements_ended', `("status" <> 'ENDED' OR "end_date" IS NOT NULL) AND ("status" <> 'ACTIVE' OR "end_date" IS NULL)`)
@Check('ck_placements_status_stored', `"status" <> 'UPCOMING'`)
@Exclusion(
  'ex_placements_full_time_overlap',
  `USING gist ("worker_id" WITH =, daterange("start_date", "end_date", '[)') WITH &&) WHERE ("full_time" AND "status" <> 'CANCELLED')`,
)
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_placements_worker' })
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @ForeignKey(() => PostingEntity, { name: 'fk_placements_posting' })
  @Index('idx_placements_posting_id')
  @Column({ name: 'posting_id', type: 'uuid' })
  postingId: string;

  @Column({ name: 'posting_kind', type: 'enum', enum: PostingKind, enumName: 'posting_kind' })
  postingKind: PostingKind;

  /** The employing organisation; null for a public-welfare post run directly by a bureau. */
  @ForeignKey(() => OrganizationEntity, { name: 'fk_placements_employer_organization' })
  @Index('idx_placements_employer_organization_id')
  @Column({ name: 'employer_organization_id', type: 'uuid', nullable: true })
  employerOrganizationId: string | null;

  /** The agency that organised it (nomination or group departure). */
  @ForeignKey(() => OrganizationEntity, { name: 'fk_placements_agent_organization' })
  @Index('idx_placements_agent_organization_id')
  @Column({ name: 'agent_organization_id', type: 'uuid', nullable: true })
  agentOrganizationId: string | null;

  @ForeignKey(() => PlacementGroupEntity, { name: 'fk_placements_group' })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'boolean' })
  organized: boolean;

  @Column({ type: 'enum', enum: PlacementScope, enumName: 'placement_scope' })
  scope: PlacementScope;

  /** The worker's hukou county when the placement started (the sending side, for statistics and policy choice). */
  @ForeignKey(() => RegionEntity, { name: 'fk_placements_hukou_region' })
  @Column({ name: 'hukou_region_code', type: 'char', length: 6 })
  hukouRegionCode: string;

  /** The workplace county. */
  @ForeignKey(() => RegionEntity, { name: 'fk_placements_work_region' })
  @Column({ name: 'work_region_code', type: 'char', length: 6 })
  workRegionCode: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'contract_months', type: 'integer' })
  contractMonths: number;

  @Column({ type: 'enum', enum: PlacementStatus, enumName: 'placement_status', default: PlacementStatus.ACTIVE })
  status: PlacementStatus;

  @Column({ name: 'end_reason', type: 'enum', enum: PlacementEndReason, enumName: 'placement_end_reason', nullable: true })
  endReason: PlacementEndReason | null;

  /** False at a posting marked part-time: only full-time placements must not overlap. */
  @Column({ name: 'full_time', type: 'boolean', default: true })
  fullTime: boolean;

  /** The worker was 16 or 17 on the start date (未成年工). */
  @Column({ type: 'boolean', default: false })
  minor: boolean;

  /** Recorded after the fact by a bureau (补录, recordHistoricalPlacement), outside the hiring window. */
  @Column({ name: 'recorded_late', type: 'boolean', default: false })
  recordedLate: boolean;

  /** Why the bureau recorded it late (e.g. the paper ledger it comes from). */
  @Column({ name: 'late_reason', type: 'text', nullable: true })
  lateReason: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
