import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@app/common';
import type { RegionsService } from '@app/regions';
import type { PostingSearchResult as SearchOutcome } from '@app/search';
import { Posting, toPosting } from '../postings/posting.type.js';
import { PostingKind } from '../postings/posting-enums.js';

@ObjectType()
export class PostingSearchEdge {
  @Field()
  cursor: string;

  @Field(() => Posting)
  node: ReturnType<typeof toPosting>;

  @Field(() => Float, { nullable: true, description: 'Kilometres from `near`, when the search sorted by DISTANCE' })
  distanceKm: number | null;
}

@ObjectType()
export class PostingKindFacet {
  @Field(() => PostingKind)
  value: PostingKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ProvinceFacet {
  @Field({ description: 'Province code, e.g. 440000' })
  code: string;

  @Field({ description: 'e.g. 广东省' })
  name: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'How the matching postings (before paging) divide up' })
export class PostingSearchFacets {
  @Field(() => [PostingKindFacet])
  kinds: PostingKindFacet[];

  @Field(() => [ProvinceFacet])
  provinces: ProvinceFacet[];
}

@ObjectType()
export class PostingSearchResult {
  @Field(() => Int, { description: 'Matching postings; pages reach the first 1,000' })
  totalCount: number;

  @Field(() => [PostingSearchEdge])
  edges: PostingSearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => PostingSearchFacets)
  facets: PostingSearchFacets;
}

export function toPostingSearchResult(outcome: SearchOutcome, regions: RegionsService): PostingSearchResult {
  return {
    totalCount: outcome.totalCount,
    edges: outcome.hits.map((hit) => ({ cursor: hit.cursor, node: toPosting(hit.posting, regions), distanceKm: hit.distanceKm })),
    pageInfo: { hasNextPage: outcome.hasNextPage, endCursor: outcome.endCursor },
    facets: {
      kinds: outcome.facets.kinds.map((f) => ({ value: f.value as PostingKind, count: f.count })),
      provinces: outcome.facets.provinces,
    },
  };
}
