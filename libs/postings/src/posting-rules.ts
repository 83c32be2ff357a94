import { type FieldProblem, provinceOf } from '@app/common';
import { isAgency, OrganizationKind } from '@app/organizations';
import { MAX_CONTRACT_MONTHS, PostingKind, PUBLIC_WELFARE_MAX_CONTRACT_MONTHS } from './posting-enums.js';

export const TITLE_MIN_CHARACTERS = 2;
export const TITLE_MAX_CHARACTERS = 60;
export const DESCRIPTION_MAX_CHARACTERS = 5000;
export const LABOR_BRAND_MAX_CHARACTERS = 40;
export const TAG_MAX_CHARACTERS = 30;
export const MAX_TAGS = 30;
/** Monthly yuan; anything above is a typo (an extra zero or a yearly figure), not a wage. */
export const MAX_MONTHLY_WAGE = 1_000_000;
export const MAX_HEADCOUNT = 100_000;

/** The same box GeoPointInput uses: it catches swapped coordinates and points outside China. */
export const CHINA_BOUNDS = { minLat: 3, maxLat: 54, minLng: 73, maxLng: 136 } as const;

/** Everything a posting says about itself, normalised: what the rules judge and the table stores. */
export interface PostingDraft {
  kind: PostingKind;
  title: string;
  description: string;
  regionCode: string;
  location: { lat: number; lng: number } | null;
  wageMin: number;
  wageMax: number;
  headcount: number;
  contractMonths: number;
  skills: string[];
  benefits: string[];
  partnerRegionCodes: string[];
  laborBrand: string | null;
  validUntil: string | null;
}

export interface RuleContext {
  /** YYYY-MM-DD in China time. */
  today: string;
  /** Is this a known GB/T 2260 province code? */
  isProvince(code: string): boolean;
  /** On an edit, an old validUntil that has passed since is only judged when the edit changes it. */
  checkValidUntil: boolean;
}

/** Characters as a reader counts them (code points): 电子厂普工 is 5, not 15 bytes, and an emoji is 1, not 2. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** Trimmed, de-duplicated, empty entries dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

export type PostingInputShape = Omit<PostingDraft, 'description' | 'location' | 'skills' | 'benefits' | 'partnerRegionCodes' | 'laborBrand' | 'validUntil'> & {
  description?: string | null;
  location?: { lat: number; lng: number } | null;
  skills?: readonly string[] | null;
  benefits?: readonly string[] | null;
  partnerRegionCodes?: readonly string[] | null;
  laborBrand?: string | null;
  validUntil?: string | null;
};

export function normalizeDraft(input: PostingInputShape): PostingDraft {
  return {
    kind: input.kind,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    regionCode: input.regionCode.trim(),
    location: input.location ? { lat: input.location.lat, lng: input.location.lng } : null,
    wageMin: input.wageMin,
    wageMax: input.wageMax,
    headcount: input.headcount,
    contractMonths: input.contractMonths,
    skills: normalizeTags(input.skills ?? []),
    benefits: normalizeTags(input.benefits ?? []),
    partnerRegionCodes: [...new Set((input.partnerRegionCodes ?? []).map((c) => c.trim()))],
    laborBrand: input.laborBrand?.trim() || null,
    validUntil: input.validUntil?.trim() || null,
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in China (UTC+8, no daylight saving), where every posting's validity is read. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function tagProblems(field: string, tags: string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (tags.length > MAX_TAGS) problems.push({ field, message: `${field} may list at most ${MAX_TAGS} entries` });
  if (tags.some((t) => characterCount(t) > TAG_MAX_CHARACTERS)) problems.push({ field, message: `each entry of ${field} must be at most ${TAG_MAX_CHARACTERS} characters` });
  return problems;
}

function partnerProblems(draft: PostingDraft, context: RuleContext): FieldProblem[] {
  const field = 'partnerRegionCodes';
  if (draft.kind !== PostingKind.EAST_WEST) {
    return draft.partnerRegionCodes.length ? [{ field, message: `${field} applies only to EAST_WEST postings` }] : [];
  }
  if (draft.partnerRegionCodes.length === 0) {
    return [{ field, message: `an EAST_WEST posting must name at least one partner (source) province in ${field}` }];
  }
  const problems: FieldProblem[] = [];
  const unknown = draft.partnerRegionCodes.filter((code) => !context.isProvince(code));
  if (unknown.length) problems.push({ field, message: `${field} must hold province codes (e.g. 520000); not provinces: ${unknown.join(', ')}` });
  if (draft.partnerRegionCodes.includes(provinceOf(draft.regionCode))) {
    problems.push({ field, message: `${field} names the posting's own province; partners are the source provinces workers come from` });
  }
  return problems;
}

/**
 * Every problem with a posting at once, each naming its field, so a form can mark them all in one round trip.
 * Whether `regionCode` exists is the regions domain's to say; everything else is judged here.
 */
export function postingProblems(draft: PostingDraft, context: RuleContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  const titleLength = characterCount(draft.title);
  if (titleLength < TITLE_MIN_CHARACTERS || titleLength > TITLE_MAX_CHARACTERS) {
    add('title', `title must be ${TITLE_MIN_CHARACTERS} to ${TITLE_MAX_CHARACTERS} characters (it has ${titleLength})`);
  }
  if (characterCount(draft.description) > DESCRIPTION_MAX_CHARACTERS) add('description', `description must be at most ${DESCRIPTION_MAX_CHARACTERS} characters`);

  if (!Number.isInteger(draft.wageMin) || draft.wageMin <= 0) add('wageMin', 'wageMin must be a whole number of yuan above 0');
  if (!Number.isInteger(draft.wageMax) || draft.wageMax <= 0) add('wageMax', 'wageMax must be a whole number of yuan above 0');
  else if (draft.wageMax > MAX_MONTHLY_WAGE) add('wageMax', `wageMax must be at most ${MAX_MONTHLY_WAGE} yuan a month`);
  if (draft.wageMin > draft.wageMax) add('wageMin', 'wageMin must not exceed wageMax');

  if (!Number.isInteger(draft.headcount) || draft.headcount < 1 || draft.headcount > MAX_HEADCOUNT) {
    add('headcount', `headcount must be a whole number from 1 to ${MAX_HEADCOUNT}`);
  }

  const maxMonths = draft.kind === PostingKind.PUBLIC_WELFARE ? PUBLIC_WELFARE_MAX_CONTRACT_MONTHS : MAX_CONTRACT_MONTHS;
  if (!Number.isInteger(draft.contractMonths) || draft.contractMonths < 1 || draft.contractMonths > maxMonths) {
    const why = draft.kind === PostingKind.PUBLIC_WELFARE ? ' (a public-welfare contract lasts at most one year)' : '';
    add('contractMonths', `contractMonths must be 1 to ${maxMonths}${why}`);
  }

  if (draft.location) {
    const { lat, lng } = draft.location;
    if (!(lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat)) add('location.lat', `location.lat must lie inside China (${CHINA_BOUNDS.minLat} to ${CHINA_BOUNDS.maxLat})`);
    if (!(lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng)) add('location.lng', `location.lng must lie inside China (${CHINA_BOUNDS.minLng} to ${CHINA_BOUNDS.maxLng})`);
  }

  problems.push(...partnerProblems(draft, context));
  problems.push(...tagProblems('skills', draft.skills), ...tagProblems('benefits', draft.benefits));
  if (draft.laborBrand && characterCount(draft.laborBrand) > LABOR_BRAND_MAX_CHARACTERS) {
    add('laborBrand', `laborBrand must be at most ${LABOR_BRAND_MAX_CHARACTERS} characters`);
  }

  if (draft.validUntil !== null) {
    if (!isCalendarDate(draft.validUntil)) add('validUntil', 'validUntil must be a date YYYY-MM-DD');
    else if (context.checkValidUntil && draft.validUntil < context.today) add('validUntil', 'validUntil must not be in the past');
  }
  return problems;
}

/**
 * Which kinds an organisation may post. Workshop posts (就业帮扶车间) come only from workshops and assistance bases;
 * public-welfare posts belong to bureaus, which the caller checks by role. Agencies organise placements, they do not employ.
 */
export function kindProblem(kind: PostingKind, organizationKind: OrganizationKind): FieldProblem | null {
  if (isAgency(organizationKind)) {
    return { field: 'organizationId', message: 'agencies organise placements; they cannot post jobs' };
  }
  if (kind === PostingKind.WORKSHOP && organizationKind !== OrganizationKind.WORKSHOP && organizationKind !== OrganizationKind.ASSISTANCE_BASE) {
    return { field: 'kind', message: 'WORKSHOP postings come only from workshops (就业帮扶车间) and assistance bases' };
  }
  return null;
}
