import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from '../entities/outbox-event.entity.js';

export type OutboxAggregate = 'posting' | 'organization';

/** Appends change events inside the caller's transaction; nothing here talks to Meilisearch. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, aggregate: OutboxAggregate, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.insert(OutboxEventEntity, ids.map((aggregateId) => ({ aggregate, aggregateId })));
  }
}
