import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity.js';

export interface AuditRecord {
  actorAccountId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  purpose?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes audit entries; never updates or deletes them. Pass the caller's transaction so the entry commits with the change. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Many entries in one statement, e.g. every household an import batch joined. */
  async recordMany(entries: readonly AuditRecord[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    const target = manager ?? this.entries.manager;
    // jsonb columns: TypeORM's deep-partial type does not model free-form objects.
    const rows = entries.map((entry): object => ({
      actorAccountId: entry.actorAccountId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      purpose: entry.purpose ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    }));
    await target.insert(AuditEntryEntity, rows);
  }

  forSubject(subjectType: string, subjectId: string): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }
}
