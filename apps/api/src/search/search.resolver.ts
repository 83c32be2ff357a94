import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, Public, Role } from '@app/common';
import { ApplicationsService } from '@app/placements';
import { RegionsService } from '@app/regions';
import { PostingSearchService } from '@app/search';
import { PostingSearchResult, toPostingSearchResult } from './posting-search-result.type.js';
import { SearchPostingsInput } from './search-postings.input.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: PostingSearchService,
    private readonly regions: RegionsService,
    private readonly applications: ApplicationsService,
  ) {}

  @Public()
  @Query(() => PostingSearchResult, {
    description: 'Open postings of visible organisations, by keywords (Chinese, traditional, pinyin), kind, region, wage and distance, with facets',
  })
  async searchPostings(@CurrentActor() actor: Actor | undefined, @Args('input') input: SearchPostingsInput): Promise<PostingSearchResult> {
    const { excludeApplied, ...search } = input;
    // One query for the worker's applied postings, then one filter in the index (counts and facets follow it).
    const excludePostingIds = excludeApplied && actor?.role === Role.WORKER && actor.workerId ? await this.applications.appliedPostingIds(actor.workerId) : [];
    return toPostingSearchResult(await this.search.search({ ...search, excludePostingIds }), this.regions);
  }
}
