import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { GeoPointInput } from '../common/geo.type.js';

/**
 * The workplace as validated here: only that it is a pair of numbers. Whether it lies inside China is a posting rule,
 * reported together with every other problem of the posting (GeoPointInput's own range checks would stop at it).
 */
class PostingPoint {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  lng: number;
}

/**
 * Only types and gross sizes are checked here; the posting rules (libs/postings/src/posting-rules.ts) judge the values,
 * so every problem with a posting comes back in one answer.
 */
@InputType({ isAbstract: true })
export abstract class PostingFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Workplace; must lie inside China' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostingPoint)
  location?: GeoPointInput | null;

  @Field(() => [String], { nullable: true, description: 'e.g. 普工, 缝纫' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'e.g. 包吃住, 五险一金, 报销路费' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  benefits?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'EAST_WEST only, required there: partner (source) province codes, e.g. 520000' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsRegionCode({ each: true })
  partnerRegionCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: '劳务品牌, e.g. 遵义师傅' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  laborBrand?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the past; the posting is hidden from the public after it' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  validUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: '第四级体力劳动强度, 井下 or 有毒有害: refuses workers under 18 (未成年工); default false' })
  @IsOptional()
  @IsBoolean()
  hazardous?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Part-time work: its placements may overlap a worker’s full-time job; default false' })
  @IsOptional()
  @IsBoolean()
  partTime?: boolean | null;
}
