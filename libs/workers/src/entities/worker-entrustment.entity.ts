import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { ConsentKind, EntrustmentStatus } from '../entrustment.js';
import { WorkerEntity } from './worker.entity.js';

/**
 * A worker entrusted by the bureau of their hukou to a verified agency (see entrustment.ts). What must never break is
 * a constraint: one live entrustment (waiting for consent or in force) per worker and agency; an entrustment in force
 * has a recorded consent (its kind and when), a paper consent its signing date; an ended one says when and by whom.
 */
@Entity('worker_entrustments')
@Index('uq_worker_entrustments_live', ['workerId', 'agencyOrganizationId'], { unique: true, where: `"status" IN ('PENDING_CONSENT', 'ACTIVE')` })
@Index('idx_worker_entrustments_agency', ['agencyOrganizationId', 'status'])
@Check('ck_worker_entrustments_consent', `"status" <> 'ACTIVE' OR ("consent_kind" IS NOT NULL AND "consented_at" IS NOT NULL)`)
@Check('ck_worker_entrustments_paper', `"consent_kind" IS DISTINCT FROM 'SIGNED_PAPER' OR "consent_signed_on" IS NOT NULL`)
@Check('ck_worker_entrustments_ended', `("status" IN ('REVOKED', 'WITHDRAWN')) = ("ended_at" IS NOT NULL AND "ended_by" IS NOT NULL)`)
export class WorkerEntrustmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_worker_entrustments_worker' })
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_worker_entrustments_agency' })
  @Column({ name: 'agency_organization_id', type: 'uuid' })
  agencyOrganizationId: string;

  @Column({ type: 'enum', enum: EntrustmentStatus, enumName: 'entrustment_status' })
  status: EntrustmentStatus;

  @Column({ name: 'consent_kind', type: 'enum', enum: ConsentKind, enumName: 'entrustment_consent_kind', nullable: true })
  consentKind: ConsentKind | null;

  /** SIGNED_PAPER: the date on the form the worker signed (China date). */
  @Column({ name: 'consent_signed_on', type: 'date', nullable: true })
  consentSignedOn: string | null;

  /** When the consent was recorded (by the bureau, for a paper form) or given (by the worker, in the app). */
  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  /** The bureau account that entrusted the worker. */
  @Column({ name: 'entrusted_by', type: 'uuid' })
  entrustedBy: string;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** The bureau account that revoked it, or the worker's own account that withdrew it. */
  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
