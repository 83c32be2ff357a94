import { chinaToday } from '@app/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganizationKind } from '@app/organizations';
import { isPostingPublic, type PostingRecord } from '@app/postings';
import { RegionsService } from '@app/regions';
import { buildPostingDocument } from './build-posting-document.js';
import type { PostingDocument } from './posting-document.js';

/**
 * The columns a document needs, posting and organisation together, in one statement. This is the search read model's
 * projection of the postings and organizations tables: it reads only, and keeps the indexer to one query per batch.
 */
const SELECT_ROWS = `
  SELECT p.id, p.version, p.kind, p.status, p.title, p.description, p.skills, p.labor_brand AS "laborBrand",
         p.organization_id AS "organizationId", p.region_code AS "regionCode", p.lat, p.lng, p.wage_min AS "wageMin",
         p.wage_max AS "wageMax", p.headcount, p.active_placements AS "activePlacements",
         p.partner_region_codes AS "partnerRegionCodes", p.published_at AS "publishedAt",
         to_char(p.valid_until, 'YYYY-MM-DD') AS "validUntil", p.contract_months AS "contractMonths", p.benefits,
         p.closed_at AS "closedAt", p.hazardous, p.part_time AS "partTime",
         o.name AS "organizationName", o.kind AS "organizationKind", o.verified_at AS "organizationVerifiedAt"
    FROM postings p
    LEFT JOIN organizations o ON o.id = p.organization_id`;

/** A posting row with what the document needs of its organisation. */
type PostingRow = PostingRecord & {
  organizationName: string | null;
  organizationKind: OrganizationKind | null;
  organizationVerifiedAt: Date | null;
};

/** What the index must do for a set of posting ids: these documents in, those ids out. */
export interface DocumentChanges {
  upserts: PostingDocument[];
  deletes: string[];
}

@Injectable()
export class PostingDocumentSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /**
   * Current state of each id: a document when the public may see the posting (OPEN, still valid, organisation
   * visible), a delete otherwise, including ids that no longer exist. Deleting an absent document is harmless.
   */
  async changesFor(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DocumentChanges> {
    if (ids.length === 0) return { upserts: [], deletes: [] };
    const rows: PostingRow[] = await manager.query(`${SELECT_ROWS} WHERE p.id = ANY($1::uuid[])`, [ids]);
    const upserts = this.documentsOf(rows);
    const kept = new Set(upserts.map((d) => d.id));
    return { upserts, deletes: ids.filter((id) => !kept.has(id)) };
  }

  /** One page of every posting in id order (for a full rebuild): the public ones' documents and the last id read. */
  async page(manager: EntityManager, afterId: string | null, limit: number): Promise<{ documents: PostingDocument[]; read: number; lastId: string | null }> {
    const rows: PostingRow[] = afterId
      ? await manager.query(`${SELECT_ROWS} WHERE p.id > $1 ORDER BY p.id LIMIT $2`, [afterId, limit])
      : await manager.query(`${SELECT_ROWS} ORDER BY p.id LIMIT $1`, [limit]);
    return { documents: this.documentsOf(rows), read: rows.length, lastId: rows.at(-1)?.id ?? null };
  }

  /** The postings an organisation event touches. */
  async postingIdsOf(organizationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const byOrganization = new Map<string, string[]>(organizationIds.map((id) => [id, []]));
    if (organizationIds.length === 0) return byOrganization;
    const rows: Array<{ id: string; organizationId: string }> = await manager.query(
      'SELECT id, organization_id AS "organizationId" FROM postings WHERE organization_id = ANY($1::uuid[])',
      [organizationIds],
    );
    for (const row of rows) byOrganization.get(row.organizationId)?.push(row.id);
    return byOrganization;
  }

  private documentsOf(rows: PostingRow[]): PostingDocument[] {
    const today = chinaToday();
    return rows
      .filter((row) => {
        const organization = row.organizationKind ? { kind: row.organizationKind, verifiedAt: row.organizationVerifiedAt } : null;
        return isPostingPublic(row, organization, today);
      })
      .map((row) => buildPostingDocument(row, row.organizationName, this.regions.path(row.regionCode)));
  }
}
