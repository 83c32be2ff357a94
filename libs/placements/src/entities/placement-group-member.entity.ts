import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { WorkerEntity } from '@app/workers';
import { PlacementGroupEntity } from './placement-group.entity.js';

/**
 * A worker on a group's roster. `travelling` is true until the worker arrives or leaves the roster; the partial unique
 * index keeps a worker in at most one departing group at a time.
 */
@Entity('placement_group_members')
@Index('uq_placement_group_members_travelling', ['workerId'], { unique: true, where: '"travelling"' })
export class PlacementGroupMemberEntity {
  @ForeignKey(() => PlacementGroupEntity, { name: 'fk_placement_group_members_group', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_placement_group_members_worker' })
  @PrimaryColumn({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ type: 'boolean', default: true })
  travelling: boolean;

  @Column({ name: 'arrived_on', type: 'date', nullable: true })
  arrivedOn: string | null;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
