import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DEFAULT_PAGE_SIZE, FieldReason, IsRegionCode, MAX_PAGE_SIZE } from '@app/common';
import { MAX_RADIUS_KM } from '@app/search';
import { PostingKind } from '../postings/posting-enums.js';

export enum PostingSearchSort {
  RELEVANCE = 'RELEVANCE',
  WAGE_DESC = 'WAGE_DESC',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}
registerEnumType(PostingSearchSort, {
  name: 'PostingSearchSort',
  description: 'RELEVANCE (default), WAGE_DESC (highest wage first), NEWEST (published), DISTANCE (nearest first; needs near)',
});

@InputType({ description: 'A point and a radius: only postings located within radiusKm' })
export class NearInput {
  @Field(() => Float)
  @IsLatitude({ message: FieldReason.LATITUDE_IN_CHINA })
  @Min(3, { message: FieldReason.LATITUDE_IN_CHINA })
  @Max(54, { message: FieldReason.LATITUDE_IN_CHINA })
  lat: number;

  @Field(() => Float)
  @IsLongitude({ message: FieldReason.LONGITUDE_IN_CHINA })
  @Min(73, { message: FieldReason.LONGITUDE_IN_CHINA })
  @Max(136, { message: FieldReason.LONGITUDE_IN_CHINA })
  lng: number;

  @Field(() => Float, { description: `Kilometres, more than 0 and at most ${MAX_RADIUS_KM}` })
  @IsPositive()
  @Max(MAX_RADIUS_KM)
  radiusKm: number;
}

@InputType()
export class SearchPostingsInput {
  @Field(() => String, { nullable: true, description: 'Keywords in Chinese (simplified or traditional), pinyin or pinyin initials' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;

  @Field(() => [PostingKind], { nullable: true, description: 'Any of these kinds (all kinds when omitted)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(PostingKind, { each: true })
  kinds?: PostingKind[];

  @Field(() => String, { nullable: true, description: 'Workplace region: this province, city or county and everything under it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => Int, { nullable: true, description: 'Monthly yuan: postings whose wage range reaches at least this much' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  minWage?: number;

  @Field(() => NearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field(() => String, {
    nullable: true,
    description:
      'Recruits from my province (东西部协作): only EAST_WEST postings whose partnerRegionCodes include this province. ' +
      'A city or county code stands for its province (a worker may pass their hukou county).',
  })
  @IsOptional()
  @IsRegionCode()
  partnerRegionCode?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a signed-in WORKER: leave out postings they have an application to that is not WITHDRAWN (APPLIED, HIRED, REJECTED, ' +
      'CANCELLED). Ignored for anyone else (anonymous, other roles): the search runs as without it.',
  })
  @IsOptional()
  @IsBoolean()
  excludeApplied?: boolean;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'True: the words are understood (fillers dropped; occupations by their everyday names; a place as a region filter when regionCode is not given; ' +
      'benefit words as filters; see `understood`) and a search that finds nothing is relaxed (see `relaxed`). False: the words are searched as typed (the undo of 已按 广东 筛选).',
  })
  @IsOptional()
  @IsBoolean()
  understand: boolean = true;

  @Field(() => PostingSearchSort, { defaultValue: PostingSearchSort.RELEVANCE })
  @IsOptional()
  @IsEnum(PostingSearchSort)
  sort: PostingSearchSort = PostingSearchSort.RELEVANCE;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}
