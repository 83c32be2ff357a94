import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { MAX_TARGET_WORKERS } from '@app/statistics';
import { Region } from '../regions/region.type.js';

@ObjectType({ description: 'A region’s target of workers employed in a calendar year (务工规模目标) and how far it has got' })
export class EmploymentTarget {
  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: 'The target; null when none has been set' })
  workers: number | null;

  @Field(() => Int, { description: 'workersEmployed (distinct workers, by hukou region) from 1 January to 31 December of the year' })
  achieved: number;

  @Field(() => Float, { nullable: true, description: 'achieved / workers (1.04 is 104%); null without a target (or a target of 0)' })
  progress: number | null;
}

@InputType()
export class SetEmploymentTargetInput {
  @Field({ description: 'Your jurisdiction or a region inside it' })
  @IsRegionCode()
  regionCode: string;

  @Field(() => Int, { description: 'Calendar year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { description: 'Workers to have employed in the year' })
  @IsInt()
  @Min(0)
  @Max(MAX_TARGET_WORKERS)
  workers: number;
}

@ArgsType()
export class EmploymentTargetsArgs {
  @Field({ description: 'The region; its direct children are listed after it' })
  @IsRegionCode()
  regionCode: string;

  @Field(() => Int, { description: 'Calendar year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}
