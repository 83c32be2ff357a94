import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, requestLoader } from '@app/common';
import { type ApplicantCounts as Counts, ApplicationsService } from '@app/placements';
import { canManagePosting } from '@app/postings';
import { Posting } from './posting.type.js';

@ObjectType({ description: 'A posting’s applications (and agents’ nominations) by status, for its employer' })
export class ApplicantCounts {
  @Field(() => Int, { description: 'Every application ever made to the posting, whatever its status' })
  total: number;

  @Field(() => Int, { description: 'APPLIED: waiting for the employer’s decision (待处理)' })
  pending: number;

  @Field(() => Int, { description: 'HIRED' })
  hired: number;

  @Field(() => Int, { description: 'REJECTED by the employer' })
  rejected: number;

  @Field(() => Int, { description: 'WITHDRAWN by the worker or the nominating agent' })
  withdrawn: number;

  @Field(() => Int, { description: 'Hired, then the placement was cancelled' })
  cancelled: number;
}

type PostingParent = Pick<Posting, 'id' | 'kind' | 'status' | 'organizationId' | 'validUntil'> & { region: { code: string } };

/**
 * Posting.applicantCounts: for whoever manages the posting (its organisation's accounts; for a bureau-run welfare post,
 * the bureau of its region; ADMIN), how many applications it has by status. Null for everyone else, without a query.
 * One GROUP BY per request for all postings of a page.
 */
@Resolver(() => Posting)
export class PostingApplicantCountsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @ResolveField(() => ApplicantCounts, {
    nullable: true,
    description: 'Applications by status, for the posting’s employer (a welfare post’s bureau, ADMIN); null for anyone else',
  })
  applicantCounts(@Parent() posting: PostingParent, @CurrentActor() actor: Actor | undefined, @Context() context: object): Promise<Counts | null> {
    const facts = {
      kind: posting.kind,
      status: posting.status,
      organizationId: posting.organizationId,
      validUntil: posting.validUntil,
      regionCode: posting.region.code,
    };
    if (!canManagePosting(actor, facts)) return Promise.resolve(null);
    return requestLoader<string, Counts>(context, 'posting.applicantCounts', async (ids) => {
      const counts = await this.applications.countsByPosting(ids);
      return ids.map((id) => counts.get(id)!);
    }).load(posting.id);
  }
}
