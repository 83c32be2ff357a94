import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader } from '@app/common';
import { applicantKey, ApplicantMatchesService, type MatchResult } from '@app/matching';
import { Application } from '../placements/application.type.js';

@ObjectType({ description: 'How an applicant fits the posting: the match score and its reasons, as recommendWorkers gives them' })
export class ApplicantMatch {
  @Field(() => Int, { description: '0 to 100' })
  score: number;

  @Field(() => [String], { description: 'Why, one short Chinese sentence per factor that counted (only factors the caller may know)' })
  reasons: string[];
}

/**
 * Application.match: for the posting's manager (its employer, a welfare post's bureau, ADMIN) who may see the worker,
 * why the applicant fits (应聘者 with 为什么推荐). Null for everyone else. One batch per request for a page of
 * applications.
 */
@Resolver(() => Application)
export class ApplicationMatchResolver {
  constructor(private readonly matches: ApplicantMatchesService) {}

  @ResolveField(() => ApplicantMatch, {
    nullable: true,
    description: 'The match score and its reasons, for whoever manages the posting and may see the worker; null for anyone else',
  })
  match(@Parent() application: Application, @CurrentActor() actor: Actor | undefined, @Context() context: object): Promise<ApplicantMatch | null> {
    if (!actor) return Promise.resolve(null);
    return requestLoader<string, ApplicantMatch | null>(context, 'application.match', async (keys) => {
      const pairs = keys.map((key) => {
        const [postingId, workerId] = key.split(':');
        return { postingId, workerId };
      });
      const scores: Map<string, MatchResult> = await this.matches.scores(actor, pairs);
      return keys.map((key) => {
        const found = scores.get(key);
        return found ? { score: found.score, reasons: found.reasons } : null;
      });
    }).load(applicantKey(application));
  }
}
