import type { PostingEntity } from './entities/posting.entity.js';
import type { PostingKind, PostingStatus } from './posting-enums.js';

/**
 * A posting row as stored: the entity's columns, from TypeORM or from a raw statement that selects them under their
 * property names (the search indexer reads postings with their organisations in one query).
 */
export type PostingRecord = Pick<
  PostingEntity,
  | 'id'
  | 'version'
  | 'kind'
  | 'status'
  | 'title'
  | 'description'
  | 'organizationId'
  | 'regionCode'
  | 'lat'
  | 'lng'
  | 'wageMin'
  | 'wageMax'
  | 'headcount'
  | 'activePlacements'
  | 'contractMonths'
  | 'skills'
  | 'benefits'
  | 'partnerRegionCodes'
  | 'laborBrand'
  | 'validUntil'
  | 'hazardous'
  | 'partTime'
  | 'publishedAt'
  | 'closedAt'
>;

/**
 * A posting as it is shown: the one read shape that search documents carry, search hits and recommendations return
 * and the GraphQL `Posting` type is mapped from. Every field is always present (never a partially filled entity):
 * build it with toPostingView from a stored row, or postingViewFromJson from a search document.
 */
export interface PostingView {
  id: string;
  kind: PostingKind;
  status: PostingStatus;
  title: string;
  description: string;
  /** The employer; null for a public-welfare post a bureau runs itself. */
  organizationId: string | null;
  /** County of the workplace. */
  regionCode: string;
  location: { lat: number; lng: number } | null;
  wageMin: number;
  wageMax: number;
  headcount: number;
  /** headcount minus the placements still active. */
  openings: number;
  contractMonths: number;
  skills: string[];
  benefits: string[];
  partnerRegionCodes: string[];
  laborBrand: string | null;
  /** YYYY-MM-DD, the last day shown (China time), or null. */
  validUntil: string | null;
  hazardous: boolean;
  partTime: boolean;
  publishedAt: Date;
  closedAt: Date | null;
}

export function toPostingView(posting: PostingRecord): PostingView {
  return {
    id: posting.id,
    kind: posting.kind,
    status: posting.status,
    title: posting.title,
    description: posting.description,
    organizationId: posting.organizationId,
    regionCode: posting.regionCode,
    location: posting.lat !== null && posting.lng !== null ? { lat: posting.lat, lng: posting.lng } : null,
    wageMin: posting.wageMin,
    wageMax: posting.wageMax,
    headcount: posting.headcount,
    openings: Math.max(0, posting.headcount - posting.activePlacements),
    contractMonths: posting.contractMonths,
    skills: [...posting.skills],
    benefits: [...posting.benefits],
    partnerRegionCodes: [...posting.partnerRegionCodes],
    laborBrand: posting.laborBrand,
    validUntil: posting.validUntil,
    hazardous: posting.hazardous,
    partTime: posting.partTime,
    publishedAt: posting.publishedAt,
    closedAt: posting.closedAt,
  };
}

/**
 * Bumped whenever PostingView changes: a search document stores the view with the shape it was written in, and one of
 * another shape is never served (its posting is read from PostgreSQL until the relay or a reindex rewrites it).
 */
export const POSTING_VIEW_SHAPE = 2;

/** The view as JSON (dates as ISO strings), as a search document stores it. */
export type PostingViewJson = Omit<PostingView, 'publishedAt' | 'closedAt'> & { shape: number; publishedAt: string; closedAt: string | null };

export function postingViewToJson(view: PostingView): PostingViewJson {
  return { ...view, shape: POSTING_VIEW_SHAPE, publishedAt: view.publishedAt.toISOString(), closedAt: view.closedAt ? view.closedAt.toISOString() : null };
}

/** Is this stored value a view of the current shape (documents written by older code are not)? */
export function isCurrentPostingViewJson(value: unknown): value is PostingViewJson {
  return typeof value === 'object' && value !== null && (value as { shape?: unknown }).shape === POSTING_VIEW_SHAPE;
}

export function postingViewFromJson(json: PostingViewJson): PostingView {
  const { shape: _shape, publishedAt, closedAt, ...fields } = json;
  return { ...fields, publishedAt: new Date(publishedAt), closedAt: closedAt ? new Date(closedAt) : null };
}
