import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { PostingEntity } from '@app/postings';
import { WorkerEntity } from '@app/workers';
import { ApplicationStatus } from '../placement-enums.js';

/** A worker's application to a posting, or an agent's nomination of a worker. One live one per worker and posting. */
@Entity('applications')
@Index('uq_applications_live', ['postingId', 'workerId'], { unique: true, where: `"status" IN ('APPLIED', 'HIRED')` })
@Index('idx_applications_worker_id', ['workerId'])
@Index('idx_applications_posting_status', ['postingId', 'status'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => PostingEntity, { name: 'fk_applications_posting' })
  @Column({ name: 'posting_id', type: 'uuid' })
  postingId: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_applications_worker' })
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ type: 'enum', enum: ApplicationStatus, enumName: 'application_status', default: ApplicationStatus.APPLIED })
  status: ApplicationStatus;

  /** The agency that nominated the worker: it organised the placement (有组织劳务输出). */
  @ForeignKey(() => OrganizationEntity, { name: 'fk_applications_agent_organization' })
  @Index('idx_applications_agent_organization_id')
  @Column({ name: 'agent_organization_id', type: 'uuid', nullable: true })
  agentOrganizationId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'reject_reason', type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
