import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { PostingFieldsInput } from './posting-fields.input.js';

@InputType({ description: 'Omitted fields stay as they are; null clears description, location, laborBrand and validUntil. Kind and owner never change.' })
export class UpdatePostingInput extends PostingFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  wageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  wageMax?: number | null;

  @Field(() => Int, { nullable: true, description: 'Never below the workers already placed' })
  @IsOptional()
  @IsInt()
  headcount?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  contractMonths?: number | null;
}
