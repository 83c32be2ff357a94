import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LaborCapacity, WorkerCategory } from './worker-enums.js';
import { WorkerProfileInput } from './worker-profile.input.js';

/**
 * Types and gross sizes only: the ID number, the county, the dates, the categories, the login and the profile are judged
 * by WorkersService.register, which reports every failing field in one answer.
 */
@InputType()
export class RegisterWorkerInput extends WorkerProfileInput {
  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ description: '18-character resident ID number; stored encrypted, shown masked' })
  @IsString()
  @MaxLength(30)
  idNumber: string;

  @Field({ description: 'County of the registered home (户籍)' })
  @IsString()
  @MaxLength(20)
  hukouRegionCode: string;

  @Field(() => ID, { nullable: true, description: 'Join an existing household of the same county; omitted creates a new household' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field(() => [WorkerCategory])
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(WorkerCategory, { each: true })
  categories: WorkerCategory[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD since when the categories hold (e.g. 建档立卡 date); default today' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  categoriesSince?: string;

  @Field(() => LaborCapacity)
  @IsEnum(LaborCapacity)
  laborCapacity: LaborCapacity;

  @Field(() => String, { nullable: true, description: "Creates the worker's own login (with password)" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  username?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  password?: string;
}
