import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@app/organizations';
import { PostingEntity } from '@app/postings';
import { PlacementGroupStatus } from '../placement-enums.js';

/** An organised group departure (点对点、一站式): one agency, one posting, a roster. */
@Entity('placement_groups')
export class PlacementGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => PostingEntity, { name: 'fk_placement_groups_posting' })
  @Index('idx_placement_groups_posting_id')
  @Column({ name: 'posting_id', type: 'uuid' })
  postingId: string;

  @ForeignKey(() => OrganizationEntity, { name: 'fk_placement_groups_agent_organization' })
  @Index('idx_placement_groups_agent_organization_id')
  @Column({ name: 'agent_organization_id', type: 'uuid' })
  agentOrganizationId: string;

  @Column({ name: 'departure_date', type: 'date' })
  departureDate: string;

  @Column({ name: 'departure_point', type: 'varchar', length: 100 })
  departurePoint: string;

  /** 包车, 火车, 飞机 ... as the agency writes it. */
  @Column({ type: 'varchar', length: 40 })
  transport: string;

  @Column({ type: 'enum', enum: PlacementGroupStatus, enumName: 'placement_group_status', default: PlacementGroupStatus.FORMING })
  status: PlacementGroupStatus;

  @Column({ name: 'departed_at', type: 'timestamptz', nullable: true })
  departedAt: Date | null;

  /** The China calendar day the group actually left (the arrival window starts there). */
  @Column({ name: 'departed_on', type: 'date', nullable: true })
  departedOn: string | null;

  /** When and by which account of the posting's employer the current roster and date were approved; cleared by any change. */
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
