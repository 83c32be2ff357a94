import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class VerifyWorkerCategoriesInput {
  @Field(() => ID)
  @IsUUID()
  workerId: string;
}
