import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

export enum SearchRelaxation {
  REGION = 'REGION',
  BENEFITS = 'BENEFITS',
  WORDS = 'WORDS',
}
registerEnumType(SearchRelaxation, {
  name: 'SearchRelaxation',
  description:
    'What a search that found nothing gave up to find something: REGION (the place named in the words), BENEFITS (the benefit words), WORDS (not every word must match: the last words are dropped first, occupation names come first)',
});

@ObjectType({ description: 'A region named in the words of the query and used as a filter' })
export class UnderstoodRegion {
  @Field({ description: 'e.g. 440000' })
  code: string;

  @Field({ description: 'e.g. 广东省' })
  name: string;
}

@ObjectType({
  description:
    'What search took the words of the query to mean (understand: false turns it off). Fillers (我 想 去 找 个 的 活 上班 打工 工作) are dropped and not listed.',
})
export class UnderstoodQuery {
  @Field(() => [UnderstoodRegion], {
    description:
      'A place named in the words (去广东, 苏州的) filtering by region: only when regionCode is not given and the name is unambiguous; show 已按 广东 筛选 with a way to undo (understand: false)',
  })
  regions: UnderstoodRegion[];

  @Field(() => [String], { description: 'Benefit tags asked for (包住, 周结, 五险一金, 长白班...): only postings saying so' })
  benefits: string[];

  @Field(() => [String], { description: 'Occupations and categories the words named (做饭的 → 厨师, 进厂 → 生产制造), searched by their vocabulary names' })
  occupations: string[];
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

  @Field(() => UnderstoodQuery)
  understood: UnderstoodQuery;

  @Field(() => [SearchRelaxation], {
    description: 'Empty when the search matched as asked; otherwise what it gave up, in order, because nothing matched (say so: 没有完全符合的，已放宽地区)',
  })
  relaxed: SearchRelaxation[];
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
    understood: outcome.understood,
    relaxed: outcome.relaxed.map((r) => r as SearchRelaxation),
  };
}
