import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, assertCanSeeRegion, decodeCursor, type Page, regionCodeRange, Role, toPage } from '@app/common';
import { RegionsService } from '@app/regions';
import { AuditAction } from '../audit-actions.js';

/** One revealIdNumber as the audit log holds it: who, when, on whom, why. Never the number. */
export interface IdNumberReveal {
  /** The audit entry's id. */
  id: string;
  revealedAt: Date;
  workerId: string;
  /** A RevealPurpose value. */
  purpose: string;
  note: string;
  /** The account that asked; null only if it no longer exists. */
  account: { id: string; username: string; role: string; regionCode: string | null } | null;
}

interface Row {
  id: string;
  at: Date;
  cursor_at: string;
  worker_id: string;
  purpose: string;
  note: string;
  account_id: string | null;
  username: string | null;
  role: string | null;
  account_region_code: string | null;
}

/**
 * 身份证查看记录: every reveal of the ID number of a worker registered in a region (hukou), newest first, read from the
 * append-only audit log with the revealing account in the same statement. A bureau reads its jurisdiction (the
 * default), ADMIN any region or all; the role gate is the resolver's.
 */
@Injectable()
export class IdNumberRevealLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async list(actor: Actor, regionCode: string | undefined, first: number, after?: string): Promise<Page<IdNumberReveal>> {
    const area = regionCode ?? (actor.role === Role.BUREAU ? actor.regionCode : null);
    if (regionCode) this.regions.require(regionCode, 'filter.regionCode');
    if (area) assertCanSeeRegion(actor, area);
    const params: unknown[] = [AuditAction.ID_NUMBER_REVEALED];
    let scope = `a.action = $1 AND a.subject_type = 'worker'`;
    if (area) {
      const [low, high] = regionCodeRange(area);
      params.push(low, high);
      scope += ` AND w.hukou_region_code >= $2 AND w.hukou_region_code < $3`;
    }
    const from = 'FROM audit_log a JOIN workers w ON w.id = a.subject_id';
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(`SELECT count(*)::int AS count ${from} WHERE ${scope}`, params);
    let keyset = '';
    if (after) {
      // The entry id is a bigserial: issued as a number, checked as a non-negative safe integer.
      const [at, id] = decodeCursor(after, ['timestamp', 'offset']);
      params.push(at, id);
      const [atParam, idParam] = [`$${params.length - 1}`, `$${params.length}`];
      keyset = ` AND (a.at < CAST(${atParam} AS timestamptz) OR (a.at = CAST(${atParam} AS timestamptz) AND a.id < CAST(${idParam} AS bigint)))`;
    }
    params.push(first + 1);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT a.id::text AS id, a.at, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
              a.subject_id AS worker_id, a.after->>'purpose' AS purpose, a.after->>'note' AS note,
              acc.id AS account_id, acc.username, acc.role, acc.region_code AS account_region_code
         ${from} LEFT JOIN accounts acc ON acc.id = a.actor_account_id
        WHERE ${scope}${keyset}
        ORDER BY a.at DESC, a.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const cursorAt = new Map(rows.map((row) => [row.id, row.cursor_at]));
    return toPage(rows.map(toReveal), first, (r) => [cursorAt.get(r.id)!, Number(r.id)], count);
  }
}

function toReveal(row: Row): IdNumberReveal {
  return {
    id: row.id,
    revealedAt: row.at,
    workerId: row.worker_id,
    purpose: row.purpose,
    note: row.note,
    account: row.account_id ? { id: row.account_id, username: row.username!, role: row.role!, regionCode: row.account_region_code } : null,
  };
}
