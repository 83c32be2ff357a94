import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { WorkerStatusInput } from './worker-profile.input.js';

@InputType({
  description: 'A worker may change phone, skills, seekingStatus, willingToMigrate, preferredRegionCodes, expectedMonthlyWage and location of their own record',
})
export class UpdateWorkerInput extends WorkerStatusInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}
