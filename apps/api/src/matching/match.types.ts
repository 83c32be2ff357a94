import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Connection, IsRegionCode, PageArgs } from '@app/common';
import { Posting } from '../postings/posting.type.js';
import { Worker } from '../workers/worker.type.js';

@ObjectType({ description: 'A job seeker ranked for a posting; personal data stays masked' })
export class WorkerMatch {
  @Field(() => Worker)
  worker: Worker;

  @Field(() => Int, { description: '0-100' })
  score: number;

  @Field(() => [String], { description: 'Why, one short Chinese sentence per factor' })
  reasons: string[];
}

@ObjectType({ description: 'An open posting ranked for a worker' })
export class PostingMatch {
  @Field(() => Posting)
  posting: Posting;

  @Field(() => Int, { description: '0-100' })
  score: number;

  @Field(() => [String], { description: 'Why, one short Chinese sentence per factor' })
  reasons: string[];
}

@ObjectType({ description: 'Postings pushed to a worker at one time' })
export class RecommendationRound {
  @Field(() => ID)
  id: string;

  @Field(() => [ID])
  postingIds: string[];

  @Field()
  recordedAt: Date;
}

@ObjectType({ description: 'A job seeker who has had fewer than 3 rounds of at least 5 postings (Yunnan’s rule)' })
export class UnservedJobSeeker {
  @Field(() => Worker)
  worker: Worker;

  @Field(() => Int, { description: 'Rounds of at least 5 postings so far' })
  qualifyingRounds: number;

  workerId: string;
}

@ObjectType()
export class UnservedJobSeekerConnection extends Connection(UnservedJobSeeker, 'UnservedJobSeeker') {}

@InputType()
export class RecordRecommendationRoundInput {
  @Field(() => ID)
  @IsUUID()
  workerId: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  postingIds: string[];
}

@ArgsType()
export class RecommendArgs {
  @Field(() => Int, { defaultValue: 10, description: '1 to 50' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number = 10;
}

@ArgsType()
export class UnservedJobSeekersArgs extends PageArgs {
  @Field()
  @IsRegionCode()
  regionCode: string;
}
