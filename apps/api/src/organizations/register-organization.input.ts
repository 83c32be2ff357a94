import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { fieldMessage, IsRegionCode } from '@app/common';
import { IsPassword, IsUsername } from '../accounts/credentials.js';
import { GeoPointInput } from '../common/geo.type.js';
import { OrganizationKind } from './organization-kind.enum.js';

@InputType()
export class RegisterOrganizationInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, {
    nullable: true,
    description: '18-character unified social credit code, its check character verified; every kind but INDIVIDUAL_BROKER',
  })
  @IsOptional()
  @IsString()
  @Length(18, 18, { message: fieldMessage('CREDIT_CODE_LENGTH', { zh: '统一社会信用代码应为 18 位', en: 'creditCode must be 18 characters' }) })
  creditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'INDIVIDUAL_BROKER only: the broker’s own resident ID number, stored sealed as workers’ are (never shown in plain text)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  idNumber?: string | null;

  @Field({ description: 'County where the organisation is registered' })
  @IsRegionCode()
  regionCode: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  smallOrMicro: boolean = false;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  location?: GeoPointInput;

  @Field(() => String, {
    nullable: true,
    description: 'Published business phone, digits and dashes (7 to 20), e.g. 0854-6221234; shown to job seekers, so never a private number',
  })
  @IsOptional()
  @IsString()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Published address (2 to 200 characters); shown to job seekers' })
  @IsOptional()
  @IsString()
  address?: string | null;

  @Field()
  @IsString()
  @IsUsername()
  username: string;

  @Field()
  @IsString()
  @IsPassword()
  password: string;
}
