import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { WeeklyProgress, WeeklyProgressLine } from '@app/statistics';
import { Region } from '../regions/region.type.js';

@ObjectType({ description: 'A line of 进度汇总, as in the weekly xlsx (same numbers, same order)' })
export class WeeklyReportRow {
  @Field(() => Region, { description: '地区: a child region, or the region itself in the 合计 row' })
  region: Region;

  @Field(() => Int, { description: '在岗务工人数（周末）: workers in a placement on the Sunday' })
  employedAtWeekEnd: number;

  @Field(() => Int, { description: '本周新增就业: placements started Monday to Sunday' })
  newPlacements: number;

  @Field(() => Int, { description: '本周返乡人数: workers whose placement ended RETURNED_HOME Monday to Sunday' })
  returnees: number;

  @Field(() => Int, { nullable: true, description: '年度目标: the target of the Sunday’s calendar year; null when none is set' })
  target: number | null;

  @Field(() => Int, { description: '本年累计务工人数: workersEmployed from 1 January to the Sunday' })
  employedThisYear: number;

  @Field(() => Float, { nullable: true, description: '目标完成率: employedThisYear / target (1.04 is 104 %); null without a target' })
  progress: number | null;

  @Field(() => Float, { description: '本周申领补贴（元）' })
  subsidyClaimed: number;

  @Field(() => Float, { description: '本周发放补贴（元）' })
  subsidyPaid: number;
}

@ObjectType({ description: 'The preview of GET /reports/weekly.xlsx (sheet 进度汇总), from the same service' })
export class WeeklyReport {
  @Field(() => Region)
  region: Region;

  @Field({ description: 'The ISO week, e.g. 2026-W47' })
  week: string;

  @Field({ description: 'Its Monday, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Its Sunday, YYYY-MM-DD (included)' })
  to: string;

  @Field(() => Int, { description: 'The calendar year of the Sunday: the year of 年度目标 and 本年累计' })
  year: number;

  @Field(() => [WeeklyReportRow], { description: 'One per child region (every child, zeros included), in the order of the sheet' })
  rows: WeeklyReportRow[];

  @Field(() => WeeklyReportRow, { description: '合计: computed directly for the whole region (never by adding rows); its target is the region’s own' })
  totals: WeeklyReportRow;

  @Field({ description: '数据截至: the moment the numbers are true as of (the snapshot they were read in)' })
  dataAsOf: Date;
}

export function toWeeklyReport(progress: WeeklyProgress, region: (code: string) => Region): WeeklyReport {
  const row = (line: WeeklyProgressLine): WeeklyReportRow => ({
    region: region(line.regionCode),
    employedAtWeekEnd: line.employedAtWeekEnd,
    newPlacements: line.newPlacements,
    returnees: line.returnees,
    target: line.target,
    employedThisYear: line.employedThisYear,
    progress: line.progress,
    subsidyClaimed: line.subsidyClaimed,
    subsidyPaid: line.subsidyPaid,
  });
  return {
    region: region(progress.regionCode),
    week: progress.week.label,
    from: progress.week.monday,
    to: progress.week.sunday,
    year: progress.year,
    rows: progress.lines.map(row),
    totals: row(progress.totals),
    dataAsOf: progress.dataAsOf,
  };
}
