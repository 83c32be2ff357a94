import { type FieldProblem, isCalendarDate, provinceOf } from '@app/common';
import { PostingFieldReason as R, postingProblem } from './posting-field.messages.js';
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

function tagProblems(field: string, tags: string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (tags.length > MAX_TAGS) problems.push(postingProblem(field, R.TOO_MANY_TAGS, { max: MAX_TAGS }));
  if (tags.some((t) => characterCount(t) > TAG_MAX_CHARACTERS)) problems.push(postingProblem(field, R.TAG_TOO_LONG, { max: TAG_MAX_CHARACTERS }));
  return problems;
}

function partnerProblems(draft: PostingDraft, context: RuleContext): FieldProblem[] {
  const field = 'partnerRegionCodes';
  if (draft.kind !== PostingKind.EAST_WEST) {
    return draft.partnerRegionCodes.length ? [postingProblem(field, R.PARTNERS_ONLY_EAST_WEST)] : [];
  }
  if (draft.partnerRegionCodes.length === 0) {
    return [postingProblem(field, R.PARTNERS_REQUIRED)];
  }
  const problems: FieldProblem[] = [];
  const unknown = draft.partnerRegionCodes.filter((code) => !context.isProvince(code));
  if (unknown.length) problems.push(postingProblem(field, R.PARTNERS_NOT_PROVINCES, { codes: unknown.join(', ') }));
  if (draft.partnerRegionCodes.includes(provinceOf(draft.regionCode))) {
    problems.push(postingProblem(field, R.PARTNERS_OWN_PROVINCE));
  }
  return problems;
}

/**
 * Every problem with a posting at once, each naming its field, so a form can mark them all in one round trip.
 * Whether `regionCode` exists is the regions domain's to say; everything else is judged here.
 */
export function postingProblems(draft: PostingDraft, context: RuleContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, reason: R, params: Record<string, string | number> = {}) => problems.push(postingProblem(field, reason, params));

  const titleLength = characterCount(draft.title);
  if (titleLength < TITLE_MIN_CHARACTERS || titleLength > TITLE_MAX_CHARACTERS) {
    add('title', R.TITLE_LENGTH, { min: TITLE_MIN_CHARACTERS, max: TITLE_MAX_CHARACTERS, length: titleLength });
  }
  if (characterCount(draft.description) > DESCRIPTION_MAX_CHARACTERS) add('description', R.DESCRIPTION_TOO_LONG, { max: DESCRIPTION_MAX_CHARACTERS });

  if (!Number.isInteger(draft.wageMin) || draft.wageMin <= 0) add('wageMin', R.WAGE_NOT_POSITIVE);
  if (!Number.isInteger(draft.wageMax) || draft.wageMax <= 0) add('wageMax', R.WAGE_NOT_POSITIVE);
  else if (draft.wageMax > MAX_MONTHLY_WAGE) add('wageMax', R.WAGE_TOO_HIGH, { max: MAX_MONTHLY_WAGE });
  if (draft.wageMin > draft.wageMax) add('wageMin', R.WAGE_RANGE_REVERSED);

  if (!Number.isInteger(draft.headcount) || draft.headcount < 1 || draft.headcount > MAX_HEADCOUNT) {
    add('headcount', R.HEADCOUNT_RANGE, { max: MAX_HEADCOUNT });
  }

  const maxMonths = draft.kind === PostingKind.PUBLIC_WELFARE ? PUBLIC_WELFARE_MAX_CONTRACT_MONTHS : MAX_CONTRACT_MONTHS;
  if (!Number.isInteger(draft.contractMonths) || draft.contractMonths < 1 || draft.contractMonths > maxMonths) {
    add('contractMonths', draft.kind === PostingKind.PUBLIC_WELFARE ? R.WELFARE_CONTRACT_MONTHS_RANGE : R.CONTRACT_MONTHS_RANGE, { max: maxMonths });
  }

  if (draft.location) {
    const { lat, lng } = draft.location;
    if (!(lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat))
      add('location.lat', R.LATITUDE_IN_CHINA, { min: CHINA_BOUNDS.minLat, max: CHINA_BOUNDS.maxLat });
    if (!(lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng))
      add('location.lng', R.LONGITUDE_IN_CHINA, { min: CHINA_BOUNDS.minLng, max: CHINA_BOUNDS.maxLng });
  }

  problems.push(...partnerProblems(draft, context));
  problems.push(...tagProblems('skills', draft.skills), ...tagProblems('benefits', draft.benefits));
  if (draft.laborBrand && characterCount(draft.laborBrand) > LABOR_BRAND_MAX_CHARACTERS) {
    add('laborBrand', R.LABOR_BRAND_TOO_LONG, { max: LABOR_BRAND_MAX_CHARACTERS });
  }

  if (draft.validUntil !== null) {
    if (!isCalendarDate(draft.validUntil)) add('validUntil', R.VALID_UNTIL_INVALID);
    else if (context.checkValidUntil && draft.validUntil < context.today) add('validUntil', R.VALID_UNTIL_PAST);
  }
  return problems;
}

/**
 * Which kinds an organisation may post. Workshop posts (就业帮扶车间) come only from workshops and assistance bases;
 * public-welfare posts belong to bureaus, which the caller checks by role. Agencies organise placements, they do not employ.
 */
export function kindProblem(kind: PostingKind, organizationKind: OrganizationKind): FieldProblem | null {
  if (isAgency(organizationKind)) {
    return postingProblem('organizationId', R.AGENCY_CANNOT_POST);
  }
  if (kind === PostingKind.WORKSHOP && organizationKind !== OrganizationKind.WORKSHOP && organizationKind !== OrganizationKind.ASSISTANCE_BASE) {
    return postingProblem('kind', R.WORKSHOP_KIND_ONLY);
  }
  return null;
}
