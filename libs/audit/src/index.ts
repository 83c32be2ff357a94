export { AuditEntryEntity } from './entities/audit-entry.entity.js';
export { AuditService, type AuditRecord } from './services/audit.service.js';
export { AuditModule } from './audit.module.js';
export { AuditAction } from './audit-actions.js';
export { IdNumberRevealLogService, type IdNumberReveal } from './services/id-number-reveal-log.service.js';
