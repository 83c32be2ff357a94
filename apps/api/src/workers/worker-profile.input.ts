import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { GeoPointInput } from '../common/geo.type.js';
import { LaborCapacity, SeekingStatus } from './worker-enums.js';

/**
 * The worker's place as validated here: only that it is a pair of numbers. Whether it lies inside China is a worker rule
 * (WorkersService), reported together with every other problem of the form.
 */
class WorkerPoint {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  lng: number;
}

/**
 * Fields shared by registration and update; all optional here. Only types and gross sizes are checked here: the
 * worker rules (libs/workers WorkersService) judge the values, so every problem comes back in one answer.
 */
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
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  skills?: string[];

  @Field(() => String, { nullable: true, description: '劳务品牌' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  laborBrand?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  willingToMigrate?: boolean;

  @Field(() => [String], { nullable: true, description: 'Regions (any level) the worker would like to work in' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  preferredRegionCodes?: string[];

  @Field(() => Int, { nullable: true, description: 'Yuan per month' })
  @IsOptional()
  @IsInt()
  expectedMonthlyWage?: number | null;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkerPoint)
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
