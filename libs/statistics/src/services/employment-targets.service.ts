import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { type Actor, assertCanSeeRegion } from '@app/common';
import { invalidStatisticsField, StatisticsFieldReason } from '../statistics.exception.js';
import { RegionsService } from '@app/regions';
import { EmploymentTargetEntity } from '../entities/employment-target.entity.js';
import { calendarYear } from '../statistics-period.js';
import { StatisticsDimension } from '../statistics-types.js';
import { PlacementStatisticsService } from './placement-statistics.service.js';

export interface EmploymentTargetView {
  regionCode: string;
  year: number;
  /** The target; null when none has been set. */
  workers: number | null;
  /** workersEmployed in the calendar year. */
  achieved: number;
  /** achieved / workers; null without a (non-zero) target. */
  progress: number | null;
}

export interface NewEmploymentTarget {
  regionCode: string;
  year: number;
  workers: number;
}

export const MAX_TARGET_WORKERS = 100_000_000;

@Injectable()
export class EmploymentTargetsService {
  constructor(
    @InjectRepository(EmploymentTargetEntity) private readonly targets: Repository<EmploymentTargetEntity>,
    private readonly regions: RegionsService,
    private readonly statistics: PlacementStatisticsService,
  ) {}

  /** A bureau sets targets for its own region and anything under it; ADMIN anywhere. Setting again replaces. */
  async set(actor: Actor, input: NewEmploymentTarget): Promise<EmploymentTargetView> {
    const region = this.regions.require(input.regionCode, 'regionCode');
    assertCanSeeRegion(actor, region.code);
    checkYear(input.year);
    if (!Number.isInteger(input.workers) || input.workers < 0 || input.workers > MAX_TARGET_WORKERS) {
      throw invalidStatisticsField('workers', StatisticsFieldReason.TARGET_WORKERS_RANGE, { max: MAX_TARGET_WORKERS });
    }
    await this.targets.upsert({ regionCode: region.code, year: input.year, workers: input.workers, setBy: actor.accountId }, ['regionCode', 'year']);
    const { totals } = await this.statistics.compute(region.code, calendarYear(input.year), []);
    return view(region.code, input.year, input.workers, totals.workersEmployed);
  }

  /** The region first, then its direct children, each with its target (if any) and what has been achieved. */
  async list(actor: Actor, regionCode: string, year: number): Promise<EmploymentTargetView[]> {
    const region = this.regions.require(regionCode, 'regionCode');
    assertCanSeeRegion(actor, region.code);
    checkYear(year);
    const children = this.statistics.childRegions(region.code).filter((c) => c.code !== region.code);
    const codes = [region.code, ...children.map((c) => c.code)];
    const [stats, targets] = await Promise.all([
      this.statistics.compute(region.code, calendarYear(year), children.length > 0 ? [StatisticsDimension.CHILD_REGION] : []),
      this.targetsOf(codes, year),
    ]);
    const achieved = new Map(stats.rows.map((r) => [r.childRegionCode, r.workersEmployed]));
    return [
      view(region.code, year, targets.get(region.code) ?? null, stats.totals.workersEmployed),
      ...children.map((c) => view(c.code, year, targets.get(c.code) ?? null, achieved.get(c.code) ?? 0)),
    ];
  }

  /** Targets by region code, for reports that already hold the numbers. */
  async targetsOf(regionCodes: readonly string[], year: number): Promise<Map<string, number>> {
    if (regionCodes.length === 0) return new Map();
    const rows = await this.targets.findBy({ regionCode: In([...regionCodes]), year });
    return new Map(rows.map((r) => [r.regionCode, r.workers]));
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidStatisticsField('year', StatisticsFieldReason.YEAR_RANGE, { min: 2000, max: 2100 });
}

export function progressOf(achieved: number, target: number | null): number | null {
  return target ? achieved / target : null;
}

function view(regionCode: string, year: number, workers: number | null, achieved: number): EmploymentTargetView {
  return { regionCode, year, workers, achieved, progress: progressOf(achieved, workers) };
}
