import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsUUID, Matches } from 'class-validator';
import { WorkerCategory } from './worker-enums.js';

@InputType()
export class SetWorkerCategoriesInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => [WorkerCategory], { description: 'The complete set from effectiveFrom on (empty: no longer in any category)' })
  @IsArray() @ArrayMaxSize(5) @IsEnum(WorkerCategory, { each: true })
  categories: WorkerCategory[];

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom: string;
}
