import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { FollowUpChannel } from '../placement-enums.js';
import { PlacementEntity } from './placement.entity.js';

/**
 * An organising agency's follow-up of a placement it organised (跟踪回访): when and how it reached the worker and what
 * the worker said. A record of the agency's own: it never writes or overwrites a monthly confirmation (the employer's
 * attestation), and no subsidy counts it as a month worked.
 */
@Entity('placement_follow_ups')
@Index('idx_placement_follow_ups_placement', ['placementId', 'contactedOn'])
@Check('ck_placement_follow_ups_note', `length("note") BETWEEN 1 AND 500`)
export class PlacementFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => PlacementEntity, { name: 'fk_placement_follow_ups_placement', onDelete: 'CASCADE' })
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId: string;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_placement_follow_ups_agent_organization' })
  @Column({ name: 'agent_organization_id', type: 'uuid' })
  agentOrganizationId: string;

  /** YYYY-MM-DD, China time. */
  @Column({ name: 'contacted_on', type: 'date' })
  contactedOn: string;

  @Column({ type: 'enum', enum: FollowUpChannel, enumName: 'follow_up_channel' })
  channel: FollowUpChannel;

  /** What the worker said (工作情况、困难、诉求). */
  @Column({ type: 'text' })
  note: string;

  /** Whether the worker said they were still in the job; null when not asked. The agency's word, never evidence. */
  @Column({ name: 'still_employed', type: 'boolean', nullable: true })
  stillEmployed: boolean | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
