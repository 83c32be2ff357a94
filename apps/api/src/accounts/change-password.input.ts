import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsPassword } from './credentials.js';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword: string;

  @Field({ description: 'The same rules as any new password (8 to 128 characters)' })
  @IsString()
  @IsPassword()
  newPassword: string;
}
