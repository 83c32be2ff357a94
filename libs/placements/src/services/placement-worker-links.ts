import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkerLinksSource } from '@app/workers';

/**
 * Who is actively working with a worker: organisations with a live application or nomination, an ACTIVE placement that
 * has started (employer and organising agency; an UPCOMING one opens nothing before its start date), or the worker
 * travelling with a group (on the roster of a DEPARTED group: a roster still forming or approved opens nothing). Drives need-to-know access and phone masking.
 */
@Injectable()
export class PlacementWorkerLinks extends WorkerLinksSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async activeOrganizations(workerIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(workerIds.map((id) => [id, new Set()]));
    if (workerIds.length === 0) return result;
    const rows: Array<{ workerId: string; organizationId: string }> = await this.dataSource.query(`${LINKS_SQL} WHERE links.worker_id = ANY($1)`, [
      [...workerIds],
    ]);
    for (const row of rows) result.get(row.workerId)?.add(row.organizationId);
    return result;
  }

  async workersOfOrganization(organizationId: string): Promise<string[]> {
    const rows: Array<{ workerId: string }> = await this.dataSource.query(`${LINKS_SQL} WHERE links.organization_id = $1`, [organizationId]);
    return [...new Set(rows.map((r) => r.workerId))];
  }
}

/** Today in China, in SQL: an UPCOMING placement opens no access before its start date. */
const CHINA_TODAY_SQL = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

const LINKS_SQL = `
  SELECT DISTINCT links.worker_id AS "workerId", links.organization_id AS "organizationId" FROM (
    SELECT a.worker_id, p.organization_id FROM applications a JOIN postings p ON p.id = a.posting_id WHERE a.status = 'APPLIED'
    UNION ALL SELECT a.worker_id, a.agent_organization_id FROM applications a WHERE a.status = 'APPLIED'
    UNION ALL SELECT pl.worker_id, pl.employer_organization_id FROM placements pl WHERE pl.status = 'ACTIVE' AND pl.start_date <= ${CHINA_TODAY_SQL}
    UNION ALL SELECT pl.worker_id, pl.agent_organization_id FROM placements pl WHERE pl.status = 'ACTIVE' AND pl.start_date <= ${CHINA_TODAY_SQL}
    UNION ALL SELECT m.worker_id, g.agent_organization_id FROM placement_group_members m JOIN placement_groups g ON g.id = m.group_id WHERE m.on_roster AND g.status = 'DEPARTED'
  ) AS links(worker_id, organization_id)`;
