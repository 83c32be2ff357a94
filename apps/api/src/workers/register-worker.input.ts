import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, IsRegionCode } from '@app/common';
import { IsPassword, IsUsername } from '../accounts/credentials.js';
import { LaborCapacity, WorkerCategory } from './worker-enums.js';
import { WorkerProfileInput } from './worker-profile.input.js';

@InputType()
export class RegisterWorkerInput extends WorkerProfileInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @Field({ description: '18-character resident ID number; stored encrypted, shown masked' })
  @IsString()
  @MaxLength(30)
  idNumber: string;

  @Field({ description: 'County of the registered home (户籍)' })
  @IsRegionCode()
  hukouRegionCode: string;

  @Field(() => ID, { nullable: true, description: 'Join an existing household of the same county; omitted creates a new household' })
  @IsOptional()
  @IsUUID()
  householdId?: string;

  @Field(() => [WorkerCategory])
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(WorkerCategory, { each: true })
  categories: WorkerCategory[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD since when the categories hold (e.g. 建档立卡 date); default today' })
  @IsOptional()
  @IsCalendarDate()
  categoriesSince?: string;

  @Field(() => LaborCapacity)
  @IsEnum(LaborCapacity)
  laborCapacity: LaborCapacity;

  @Field(() => String, { nullable: true, description: "Creates the worker's own login (with password)" })
  @IsOptional()
  @IsString()
  @IsUsername()
  username?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsPassword()
  password?: string;
}
