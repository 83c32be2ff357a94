import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { PostingView } from '@app/postings';
import type { RegionsService } from '@app/regions';
import { GeoPoint } from '../common/geo.type.js';
import { Organization } from '../organizations/organization.type.js';
import { toRegion } from '../regions/region.mapper.js';
import { Region } from '../regions/region.type.js';
import { PostingKind, PostingStatus } from './posting-enums.js';

@ObjectType({ description: 'A job posting: an east-west cooperation job, a workshop job, a public-welfare post or a local job' })
export class Posting {
  @Field(() => ID)
  id: string;

  @Field(() => PostingKind)
  kind: PostingKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Organization, { nullable: true, description: 'The employer; null for a public-welfare post a bureau runs itself' })
  organization: Organization | null;

  @Field(() => Region, { description: 'County of the workplace' })
  region: Region;

  @Field(() => GeoPoint, { nullable: true })
  location: GeoPoint | null;

  @Field(() => Int, { description: 'Monthly wage, yuan' })
  wageMin: number;

  @Field(() => Int, { description: 'Monthly wage, yuan' })
  wageMax: number;

  @Field(() => Int)
  headcount: number;

  @Field(() => Int, { description: 'headcount minus the workers placed and still working' })
  openings: number;

  @Field(() => Int)
  contractMonths: number;

  @Field(() => [String])
  skills: string[];

  @Field(() => [String])
  benefits: string[];

  @Field(() => [String], { description: 'EAST_WEST: the partner (source) provinces recruited from, e.g. 520000' })
  partnerRegionCodes: string[];

  @Field(() => String, { nullable: true, description: '劳务品牌, e.g. 遵义师傅' })
  laborBrand: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day the posting is shown (China time)' })
  validUntil: string | null;

  @Field({ description: '第四级体力劳动强度, 井下 or 有毒有害: workers under 18 are refused' })
  hazardous: boolean;

  @Field({ description: 'Part-time work: its placements may overlap a worker’s full-time job' })
  partTime: boolean;

  @Field(() => PostingStatus)
  status: PostingStatus;

  @Field()
  publishedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  /** The organization is resolved by a field resolver, batched per request. */
  organizationId: string | null;
}

@ObjectType()
export class PostingConnection extends Connection(Posting, 'Posting') {}

/**
 * The GraphQL shape of a PostingView, the one read shape of @app/postings (an entity is turned into one with
 * toPostingView; search hits and recommendations already are one). The organization is left to a field resolver so
 * lists batch it. The region is a lookup in memory, set here: as a field resolver it cost every row of a search page an
 * async call through Nest's resolver pipeline.
 */
export function toPosting(view: PostingView, regions: RegionsService): Omit<Posting, 'organization'> {
  return {
    id: view.id,
    kind: view.kind,
    title: view.title,
    description: view.description,
    organizationId: view.organizationId,
    region: toRegion(regions.find(view.regionCode)!, regions),
    location: view.location,
    wageMin: view.wageMin,
    wageMax: view.wageMax,
    headcount: view.headcount,
    openings: view.openings,
    contractMonths: view.contractMonths,
    skills: view.skills,
    benefits: view.benefits,
    partnerRegionCodes: view.partnerRegionCodes,
    laborBrand: view.laborBrand,
    validUntil: view.validUntil,
    hazardous: view.hazardous,
    partTime: view.partTime,
    status: view.status,
    publishedAt: view.publishedAt,
    closedAt: view.closedAt,
  };
}
