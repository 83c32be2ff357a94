import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { commonProblem, type FieldProblem, FieldReason, regionPrefix } from '@app/common';
import { RegionEntity } from '../entities/region.entity.js';
import { NotACountyError, notACountyProblem, UnknownRegionError, unknownRegionProblem } from '../region.exception.js';

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
    if (!region) throw new UnknownRegionError(field);
    return region;
  }

  /**
   * People and workplaces are registered in a county (户籍县). A few cities have no counties at all
   * (东莞市, 中山市, 嘉峪关市...): there the city itself is the lowest level and is accepted.
   */
  requireCounty(code: string, field: string): RegionEntity {
    const region = this.require(code, field);
    if (region.level !== 'COUNTY' && this.children(code).length > 0) throw new NotACountyError(field);
    return region;
  }

  /** What is wrong with `code` as a region (not six digits, or unknown), or null: for rules that collect every problem. */
  regionProblem(code: string, field: string): FieldProblem | null {
    if (!/^\d{6}$/.test(code)) return commonProblem(field, FieldReason.REGION_CODE);
    return this.byCode.has(code) ? null : unknownRegionProblem(field);
  }

  /** What is wrong with `code` as a county (户籍县), as requireCounty() judges it, or null. */
  countyProblem(code: string, field: string): FieldProblem | null {
    const problem = this.regionProblem(code, field);
    if (problem) return problem;
    return this.byCode.get(code)!.level !== 'COUNTY' && this.children(code).length > 0 ? notACountyProblem(field) : null;
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
