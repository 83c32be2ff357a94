import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { WorkerEntity } from '@app/workers';
import { PlacementGroupEntity } from './placement-group.entity.js';

/**
 * A worker on a group's roster. `onRoster` is true until the worker arrives, or the group is cancelled (a worker taken
 * off the roster loses the row); the partial unique index keeps a worker on at most one open roster (FORMING, APPROVED
 * or DEPARTED) at a time. The worker is travelling only while on the roster of a DEPARTED group.
 */
@Entity('placement_group_members')
@Index('uq_placement_group_members_on_roster', ['workerId'], { unique: true, where: '"on_roster"' })
export class PlacementGroupMemberEntity {
  @ForeignKey(() => PlacementGroupEntity, { name: 'fk_placement_group_members_group', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_placement_group_members_worker' })
  @PrimaryColumn({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ name: 'on_roster', type: 'boolean', default: true })
  onRoster: boolean;

  @Column({ name: 'arrived_on', type: 'date', nullable: true })
  arrivedOn: string | null;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
