import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion, keysetPage, type Page, regionCodeRange, Role } from '@app/common';
import { RegionsService } from '@app/regions';
import { OrganizationEntity } from '../entities/organization.entity.js';
import type { OrganizationKind } from '../organization-kind.js';

export interface OrganizationFilter {
  /** Where the organisation is registered: this region and everything under it; a bureau's jurisdiction by default. */
  regionCode?: string;
  verified?: boolean;
  kinds?: readonly OrganizationKind[];
}

/** How many postings an organisation has: all of them, and those OPEN now. */
export interface PostingCounts {
  all: number;
  open: number;
}

/**
 * The organisation directory a bureau works through (待认定机构: unverified workshops, bases and agencies), oldest
 * registration first so the queue is worked in the order organisations asked. A bureau sees the organisations
 * registered in its jurisdiction, ADMIN all of them; the role gate is the resolver's.
 */
@Injectable()
export class OrganizationDirectoryService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly regions: RegionsService,
  ) {}

  async list(actor: Actor, filter: OrganizationFilter, first: number, after?: string): Promise<Page<OrganizationEntity>> {
    const area = filter.regionCode ?? (actor.role === Role.BUREAU ? actor.regionCode : null);
    if (filter.regionCode) this.regions.require(filter.regionCode, 'filter.regionCode');
    // Asking for a region outside the jurisdiction is refused, not silently answered with nothing.
    if (area) assertCanSeeRegion(actor, area);
    const query = this.organizations.createQueryBuilder('o');
    if (area) {
      const [low, high] = regionCodeRange(area);
      query.andWhere('o.region_code >= :low AND o.region_code < :high', { low, high });
    }
    if (filter.verified !== undefined) query.andWhere(filter.verified ? 'o.verified_at IS NOT NULL' : 'o.verified_at IS NULL');
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: [...filter.kinds] });
    return keysetPage(query, 'o', 'created_at', first, after, 'oldest');
  }

  /** Postings per organisation (every status, and OPEN ones), in one query; an organisation without any has zeros. */
  async postingCounts(organizationIds: readonly string[]): Promise<Map<string, PostingCounts>> {
    const result = new Map<string, PostingCounts>(organizationIds.map((id) => [id, { all: 0, open: 0 }]));
    if (organizationIds.length === 0) return result;
    const rows: Array<{ organization_id: string; total: number; open: number }> = await this.organizations.query(
      `SELECT p.organization_id, count(*)::int AS total, (count(*) FILTER (WHERE p.status = 'OPEN'))::int AS open
         FROM postings p WHERE p.organization_id = ANY($1::uuid[]) GROUP BY p.organization_id`,
      [[...organizationIds]],
    );
    for (const row of rows) result.set(row.organization_id, { all: row.total, open: row.open });
    return result;
  }
}
