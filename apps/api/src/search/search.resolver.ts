import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/common';
import { RegionsService } from '@app/regions';
import { PostingSearchService } from '@app/search';
import { PostingSearchResult, toPostingSearchResult } from './posting-search-result.type.js';
import { SearchPostingsInput } from './search-postings.input.js';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: PostingSearchService,
    private readonly regions: RegionsService,
  ) {}

  @Public()
  @Query(() => PostingSearchResult, {
    description: 'Open postings of visible organisations, by keywords (Chinese, traditional, pinyin), kind, region, wage and distance, with facets',
  })
  async searchPostings(@Args('input') input: SearchPostingsInput): Promise<PostingSearchResult> {
    return toPostingSearchResult(await this.search.search(input), this.regions);
  }
}
