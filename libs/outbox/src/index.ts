export { OutboxEventEntity } from './entities/outbox-event.entity.js';
export { OUTBOX_CHANNEL, OutboxService, type OutboxAggregate } from './services/outbox.service.js';
export { OutboxModule } from './outbox.module.js';
