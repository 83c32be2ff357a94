import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

@InputType({ description: 'A field left out stays as it is; null or an empty string clears it' })
export class UpdateOrganizationContactInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => String, { nullable: true, description: 'Published business phone, digits and dashes (7 to 20), e.g. 0854-6221234' })
  @IsOptional()
  @IsString()
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Published address (2 to 200 characters)' })
  @IsOptional()
  @IsString()
  address?: string | null;
}
