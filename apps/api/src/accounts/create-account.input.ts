import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { IsRegionCode } from '@app/common';
import { IsPassword, IsUsername } from './credentials.js';
import { BureauDepartment, Role } from './role.enum.js';

@InputType()
export class CreateAccountInput {
  @Field()
  @IsString()
  @IsUsername()
  username: string;

  @Field()
  @IsString()
  @IsPassword()
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Required for BUREAU: its jurisdiction' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @Field(() => BureauDepartment, {
    nullable: true,
    description:
      'BUREAU only: the department whose fund’s subsidies the account reviews and pays; leave out for one office doing both. A bureau account with a department creates accounts of its own department only',
  })
  @IsOptional()
  @IsEnum(BureauDepartment)
  department?: BureauDepartment;

  @Field(() => ID, { nullable: true, description: 'Required for EMPLOYER and AGENT' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  workerId?: string;
}
