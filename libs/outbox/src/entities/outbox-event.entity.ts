import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This aggregate changed; bring its search documents up to date." Written in the same transaction as the
 * change, consumed by the relay, which re-reads the current rows: so an event carries no payload, and replaying
 * it is harmless.
 */
@Entity('outbox')
@Index('idx_outbox_pending', ['availableAt', 'id'], { where: '"processed_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** 'posting' or 'organization' (an organisation's change touches all its postings). */
  @Column({ type: 'varchar', length: 32 })
  aggregate: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Not before this time (back-off after a failure). */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
