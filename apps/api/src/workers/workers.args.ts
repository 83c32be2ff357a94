import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsRegionCode, PageArgs } from '@app/common';
import { SeekingStatus, WorkerCategory } from './worker-enums.js';

@InputType()
export class WorkerFilterInput {
  @Field(() => String, { nullable: true, description: 'Hukou region: this region and everything under it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => WorkerCategory, { nullable: true, description: 'Held today' })
  @IsOptional()
  @IsEnum(WorkerCategory)
  category?: WorkerCategory;

  @Field(() => SeekingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SeekingStatus)
  seekingStatus?: SeekingStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name (姓名包含), e.g. 阿妹' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;

  @Field(() => String, { nullable: true, description: 'One of the worker’s skills, exactly (e.g. 缝纫)' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  skill?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'AGENT: only the agency’s own workers it may organise (registered by it, or entrusted to it with the worker’s consent in force), accepted registrations',
  })
  @IsOptional()
  @IsBoolean()
  organisable?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'BUREAU, ADMIN: false lists workers holding categories an agency declared and no bureau has verified (待核实类别, as Worker.declaredCategories), true the others',
  })
  @IsOptional()
  @IsBoolean()
  categoriesVerified?: boolean;
}

@ArgsType()
export class WorkersArgs extends PageArgs {
  @Field(() => WorkerFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkerFilterInput)
  filter?: WorkerFilterInput;
}

@ArgsType()
export class ReturneesArgs extends PageArgs {
  @Field({ description: 'Hukou region: this region and everything under it (must be inside your jurisdiction)' })
  @IsRegionCode()
  regionCode: string;

  @Field({ description: 'YYYY-MM-DD: returned on or after this date' })
  @IsCalendarDate()
  since: string;
}
