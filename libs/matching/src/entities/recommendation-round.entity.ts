import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WorkerEntity } from '@app/workers';

/** Postings pushed to a worker at one time (Yunnan: at least 3 rounds of at least 5 postings for every willing job seeker). */
@Entity('recommendation_rounds')
@Index('idx_recommendation_rounds_worker_id', ['workerId', 'createdAt'])
export class RecommendationRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => WorkerEntity, { name: 'fk_recommendation_rounds_worker' })
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Column({ name: 'posting_ids', type: 'uuid', array: true })
  postingIds: string[];

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
