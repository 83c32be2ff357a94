import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { regionPrefix } from '@app/common';
import { RegionEntity } from '../entities/region.entity.js';
import { NotACountyError, UnknownRegionError } from '../region.exception.js';

/**
 * The division tree is small (about 3,400 rows) and changes only with a migration, so it is held in memory:
 * validating a region code or naming a region never costs a query.
 */
@Injectable()
export class RegionsService implements OnModuleInit {
  private byCode = new Map<string, RegionEntity>();
  private childrenOf = new Map<string | null, RegionEntity[]>();

  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await this.regions.find({ order: { code: 'ASC' } });
    this.byCode = new Map(rows.map((r) => [r.code, r]));
    this.childrenOf = new Map();
    for (const row of rows) {
      const list = this.childrenOf.get(row.parentCode) ?? [];
      list.push(row);
      this.childrenOf.set(row.parentCode, list);
    }
  }

  find(code: string): RegionEntity | undefined {
    return this.byCode.get(code);
  }

  /** The region, or BAD_USER_INPUT naming `field` when the code is unknown. */
  require(code: string, field: string): RegionEntity {
    const region = this.byCode.get(code);
    if (!region) throw new UnknownRegionError(field, code);
    return region;
  }

  /**
   * People and workplaces are registered in a county (户籍县). A few cities have no counties at all
   * (东莞市, 中山市, 嘉峪关市...): there the city itself is the lowest level and is accepted.
   */
  requireCounty(code: string, field: string): RegionEntity {
    const region = this.require(code, field);
    if (region.level !== 'COUNTY' && this.children(code).length > 0) throw new NotACountyError(field, code);
    return region;
  }

  /** Provinces when parentCode is null, else the direct children of parentCode. */
  children(parentCode: string | null): RegionEntity[] {
    return this.childrenOf.get(parentCode) ?? [];
  }

  /** The region and its ancestors, province first. */
  path(code: string): RegionEntity[] {
    const path: RegionEntity[] = [];
    for (let r = this.byCode.get(code); r; r = r.parentCode ? this.byCode.get(r.parentCode) : undefined) path.unshift(r);
    return path;
  }

  /** Display name with its ancestors, e.g. 贵州省 贵阳市 南明区. */
  fullName(code: string): string {
    return this.path(code)
      .map((r) => r.name)
      .join(' ');
  }

  /** Every county under `code` (or `code` itself when it is a county). */
  countiesUnder(code: string): RegionEntity[] {
    const prefix = regionPrefix(code);
    return [...this.byCode.values()].filter((r) => r.level === 'COUNTY' && r.code.startsWith(prefix));
  }
}
