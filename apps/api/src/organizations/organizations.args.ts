import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { IsRegionCode, PageArgs } from '@app/common';
import { OrganizationKind } from './organization-kind.enum.js';

@InputType()
export class OrganizationFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Where it is registered: this region and everything under it (a bureau: inside its jurisdiction, which is the default)',
  })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'false: awaiting verification (待认定); true: verified' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds, e.g. [WORKSHOP, ASSISTANCE_BASE, LABOR_AGENCY, HR_AGENCY]' })
  @IsOptional()
  @ArrayMaxSize(Object.keys(OrganizationKind).length)
  @IsEnum(OrganizationKind, { each: true })
  kinds?: OrganizationKind[];
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilterInput)
  filter?: OrganizationFilterInput;
}
