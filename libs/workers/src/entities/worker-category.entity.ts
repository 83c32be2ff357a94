import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WorkerCategory } from '../worker-enums.js';
import { WorkerEntity } from './worker.entity.js';

/**
 * One period during which a worker belonged to a category: [effectiveFrom, effectiveTo), open-ended when
 * effectiveTo is null. Subsidy rules ask "was this person 脱贫人口 on the day the placement started?".
 */
@Entity('worker_categories')
@Check('ck_worker_categories_period', '"effective_to" IS NULL OR "effective_to" > "effective_from"')
// Covers the category-at-a-date look-up (statistics, subsidy rules) without touching the table.
@Index('idx_worker_categories_lookup', ['workerId', 'effectiveFrom', 'effectiveTo', 'category'])
export class WorkerCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_worker_categories_worker', onDelete: 'CASCADE' })
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ type: 'enum', enum: WorkerCategory, enumName: 'worker_category' })
  category: WorkerCategory;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo: string | null;

  /**
   * When a bureau (or ADMIN) vouched for this period from its own records (防返贫监测). Null while the category is only
   * DECLARED by an agency (its registration or ledger import): subsidies resting on it then wait (类别待核实).
   */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** The bureau (or ADMIN) account that verified it. */
  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;
}
