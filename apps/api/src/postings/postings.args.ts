import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsRegionCode, PageArgs } from '@app/common';
import { PostingKind, PostingStatus } from './posting-enums.js';

@InputType()
export class PostingFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => PostingKind, { nullable: true })
  @IsOptional()
  @IsEnum(PostingKind)
  kind?: PostingKind;

  @Field(() => PostingStatus, { nullable: true, description: 'The public only ever sees OPEN postings' })
  @IsOptional()
  @IsEnum(PostingStatus)
  status?: PostingStatus;

  @Field(() => String, { nullable: true, description: 'Workplace region: this region and everything under it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

@ArgsType()
export class PostingsArgs extends PageArgs {
  @Field(() => PostingFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostingFilterInput)
  filter?: PostingFilterInput;
}
