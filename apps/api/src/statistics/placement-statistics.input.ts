import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate, IsRegionCode } from '@app/common';
import { StatisticsDimension, StatisticsSide } from './statistics-enums.js';

@InputType({ description: 'The period is either from + to, or cycleYear: not both, not neither' })
export class PlacementStatisticsInput {
  @Field({ description: 'The region of the side asked (hukou by default, or workplace): your jurisdiction or any part of it' })
  @IsRegionCode()
  regionCode: string;

  @Field(() => StatisticsSide, {
    defaultValue: StatisticsSide.HUKOU,
    description: 'HUKOU: where the workers are registered (the sending side); WORKPLACE: where they work (the receiving side)',
  })
  @IsEnum(StatisticsSide)
  side: StatisticsSide = StatisticsSide.HUKOU;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD (with to)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, included (with from)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'A statistics cycle (Gansu): cycleYear 2026 runs 2025-10-01 to 2026-09-30' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  cycleYear?: number | null;

  @Field(() => [StatisticsDimension], { defaultValue: [], description: 'Combine freely; rows are the cross product, zeros included' })
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(StatisticsDimension, { each: true })
  groupBy: StatisticsDimension[] = [];
}
