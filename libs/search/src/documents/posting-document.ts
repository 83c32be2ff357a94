import type { PostingViewJson } from '@app/postings';

/**
 * What Meilisearch holds for one posting. Only what a job seeker may search, filter or sort on: no account, no
 * creator, nothing about a person (no ID number, phone or name ever reaches the index).
 */
export interface PostingDocument {
  id: string;
  /** The row's version: comparing (id, version) pairs proves the index equals PostgreSQL. */
  version: number;
  title: string;
  description: string;
  skills: string[];
  /** The occupations the title and skills name, with their broader trades and categories (vocabulary/tagging.ts). */
  occupations: string[];
  /** Benefit tags found in the title, description and benefits (包住, 周结...): filterable. */
  benefitTags: string[];
  laborBrand: string | null;
  organizationName: string | null;
  /** Province, city and county names, each also without its 省/市/区/县 suffix (广东省 and 广东). */
  regionNames: string[];
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  kind: string;
  status: string;
  wageMin: number;
  wageMax: number;
  openings: number;
  partnerProvinceCodes: string[];
  /** Epoch milliseconds (Meilisearch sorts numbers, not dates). */
  publishedAt: number;
  /** Last day shown as YYYYMMDD, so "still valid" is a numeric filter; null for no end date. */
  validUntil: number | null;
  _geo?: { lat: number; lng: number };
  titlePinyin: string[];
  titleInitials: string[];
  laborBrandPinyin: string[];
  laborBrandInitials: string[];
  /**
   * The posting as searchPostings shows it (the PostingView of @app/postings, as JSON): the original text and every field
   * the API returns. Only displayed (never searched, filtered or sorted); the API answers from it instead of reading
   * PostgreSQL when the index is provably current for that posting (see PostingSearchService).
   */
  shown: PostingViewJson;
}

export interface RegionName {
  code: string;
  name: string;
}
