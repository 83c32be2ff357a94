import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from '../entities/outbox-event.entity.js';

export type OutboxAggregate = 'posting' | 'organization';

/** The PostgreSQL channel relays LISTEN on; a NOTIFY is delivered only when the writing transaction commits. */
export const OUTBOX_CHANNEL = 'outbox_events';

/** Appends change events inside the caller's transaction; nothing here talks to Meilisearch. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, aggregate: OutboxAggregate, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.insert(
      OutboxEventEntity,
      ids.map((aggregateId) => ({ aggregate, aggregateId })),
    );
    // Wakes the relays at commit instead of at their next poll (PostgreSQL folds repeats within a transaction).
    await manager.query(`NOTIFY ${OUTBOX_CHANNEL}`);
  }
}
