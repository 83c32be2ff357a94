import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@app/common';
import { WorkerCategory } from './worker-enums.js';

@InputType()
export class SetWorkerCategoriesInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => [WorkerCategory], { description: 'The complete set from effectiveFrom on (empty: no longer in any category)' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(WorkerCategory, { each: true })
  categories: WorkerCategory[];

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  effectiveFrom: string;
}
