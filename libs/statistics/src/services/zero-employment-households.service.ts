import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, assertCanSeeRegion, decodeCursor, type Page, pageSize, regionCodeRange, toPage } from '@app/common';
import { RegionsService } from '@app/regions';
import type { LaborCapacity, SeekingStatus } from '@app/workers';

/** What a village cadre needs to act on a household: never the phone number or the full ID number. */
export interface HouseholdMemberView {
  id: string;
  name: string;
  maskedIdNumber: string;
  laborCapacity: LaborCapacity;
  seekingStatus: SeekingStatus;
  returnedHomeOn: string | null;
}

export interface ZeroEmploymentHouseholdView {
  id: string;
  hukouRegionCode: string;
  members: HouseholdMemberView[];
}

/**
 * Only ACCEPTED members count (issue 15, item 4): a registration under review neither puts a household on the list nor
 * shows in it.
 * 零就业家庭: labour in the house (a FULL or WEAK member) and nobody in an ACTIVE placement that has started (an UPCOMING
 * one, starting after today in China, does not count yet).
 */
const ZERO_EMPLOYMENT = `
  h.hukou_region_code >= $1 AND h.hukou_region_code < $2
  AND EXISTS (SELECT 1 FROM workers w WHERE w.household_id = h.id AND w.registration_status = 'ACCEPTED' AND w.labor_capacity IN ('FULL', 'WEAK'))
  AND NOT EXISTS (
    SELECT 1 FROM workers w JOIN placements pl ON pl.worker_id = w.id AND pl.status = 'ACTIVE'
                                               AND pl.start_date <= (now() AT TIME ZONE 'Asia/Shanghai')::date
     WHERE w.household_id = h.id
  )`;

@Injectable()
export class ZeroEmploymentHouseholdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** Ordered by county, so a city's list reads county by county; members listed with each household. */
  async list(actor: Actor, regionCode: string, first: number, after?: string): Promise<Page<ZeroEmploymentHouseholdView>> {
    const region = this.regions.require(regionCode, 'regionCode');
    assertCanSeeRegion(actor, region.code);
    const size = pageSize(first);
    const [low, high] = regionCodeRange(region.code);
    let keyset = '';
    const params: unknown[] = [low, high];
    if (after) {
      const [code, id] = decodeCursor(after, ['regionCode', 'uuid']);
      keyset = 'AND (h.hukou_region_code, h.id) > ($3::char(6), $4::uuid)';
      params.push(code, id);
    }
    const [households, count] = await Promise.all([
      this.dataSource.query<Array<{ id: string; hukouRegionCode: string }>>(
        `SELECT h.id, h.hukou_region_code AS "hukouRegionCode" FROM households h
         WHERE ${ZERO_EMPLOYMENT} ${keyset}
         ORDER BY h.hukou_region_code, h.id LIMIT ${size + 1}`,
        params,
      ),
      this.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM households h WHERE ${ZERO_EMPLOYMENT}`, [low, high]),
    ]);
    const members = await this.membersOf(households.slice(0, size).map((h) => h.id));
    const views = households.map((h) => ({ ...h, members: members.get(h.id) ?? [] }));
    return toPage(views, size, (h) => [h.hukouRegionCode, h.id], count[0].n);
  }

  private async membersOf(householdIds: string[]): Promise<Map<string, HouseholdMemberView[]>> {
    const byHousehold = new Map<string, HouseholdMemberView[]>();
    if (householdIds.length === 0) return byHousehold;
    const rows = await this.dataSource.query<Array<HouseholdMemberView & { householdId: string }>>(
      `SELECT id, household_id AS "householdId", name, id_masked AS "maskedIdNumber", labor_capacity AS "laborCapacity",
              seeking_status AS "seekingStatus", to_char(returned_home_on, 'YYYY-MM-DD') AS "returnedHomeOn"
       FROM workers WHERE household_id = ANY($1::uuid[]) AND registration_status = 'ACCEPTED' ORDER BY household_id, created_at, id`,
      [householdIds],
    );
    for (const { householdId, ...member } of rows) {
      const list = byHousehold.get(householdId) ?? [];
      list.push(member);
      byHousehold.set(householdId, list);
    }
    return byHousehold;
  }
}
