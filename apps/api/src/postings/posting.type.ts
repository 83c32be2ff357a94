import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { PostingEntity } from '@app/postings';
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
 * The organization is left to a field resolver so lists batch it. The region is a lookup in memory, set here: as a
 * field resolver it cost every row of a search page an async call through Nest's resolver pipeline.
 */
export function toPosting(entity: PostingEntity, regions: RegionsService): Omit<Posting, 'organization'> {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    description: entity.description,
    organizationId: entity.organizationId,
    region: toRegion(regions.find(entity.regionCode)!, regions),
    location: entity.lat !== null && entity.lng !== null ? { lat: entity.lat, lng: entity.lng } : null,
    wageMin: entity.wageMin,
    wageMax: entity.wageMax,
    headcount: entity.headcount,
    openings: Math.max(0, entity.headcount - entity.activePlacements),
    contractMonths: entity.contractMonths,
    skills: entity.skills,
    benefits: entity.benefits,
    partnerRegionCodes: entity.partnerRegionCodes,
    laborBrand: entity.laborBrand,
    validUntil: entity.validUntil,
    status: entity.status,
    publishedAt: entity.publishedAt,
    closedAt: entity.closedAt,
  };
}
