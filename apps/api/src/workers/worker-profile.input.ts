import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { GeoPointInput } from '../common/geo.type.js';
import { LaborCapacity, SeekingStatus } from './worker-enums.js';

/** Fields shared by registration and update; all optional here. */
@InputType({ isAbstract: true })
export class WorkerProfileInput {
  @Field(() => String, { nullable: true, description: 'Mainland mobile number' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: 'e.g. 电焊, 缝纫, 普工' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  skills?: string[];

  @Field(() => String, { nullable: true, description: '劳务品牌' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  laborBrand?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  willingToMigrate?: boolean;

  @Field(() => [String], { nullable: true, description: 'Regions (any level) the worker would like to work in' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsRegionCode({ each: true })
  preferredRegionCodes?: string[];

  @Field(() => Int, { nullable: true, description: 'Yuan per month' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  expectedMonthlyWage?: number | null;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  location?: GeoPointInput | null;
}

@InputType({ isAbstract: true })
export class WorkerStatusInput extends WorkerProfileInput {
  @Field(() => SeekingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SeekingStatus)
  seekingStatus?: SeekingStatus;

  @Field(() => LaborCapacity, { nullable: true })
  @IsOptional()
  @IsEnum(LaborCapacity)
  laborCapacity?: LaborCapacity;
}
