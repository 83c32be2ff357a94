import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { PostingKind } from './posting-enums.js';
import { PostingFieldsInput } from './posting-fields.input.js';

@InputType({
  description:
    'EMPLOYER: EAST_WEST, WORKSHOP (workshops and assistance bases only) or LOCAL for its own organisation; BUREAU: PUBLIC_WELFARE in its jurisdiction',
})
export class CreatePostingInput extends PostingFieldsInput {
  @Field(() => PostingKind)
  @IsEnum(PostingKind)
  kind: PostingKind;

  @Field({ description: '2 to 60 characters' })
  @IsString()
  @MaxLength(1000)
  title: string;

  @Field(() => ID, { nullable: true, description: 'ADMIN: the employer posting; an EMPLOYER posts for its own organisation and may omit it' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ description: 'County of the workplace' })
  @IsRegionCode()
  regionCode: string;

  @Field(() => Int, { description: 'Monthly wage, yuan, above 0' })
  @IsInt()
  wageMin: number;

  @Field(() => Int, { description: 'Monthly wage, yuan, at least wageMin' })
  @IsInt()
  wageMax: number;

  @Field(() => Int, { description: 'Workers wanted, at least 1' })
  @IsInt()
  headcount: number;

  @Field(() => Int, { description: '1 to 60 months; at most 12 for PUBLIC_WELFARE' })
  @IsInt()
  contractMonths: number;
}
