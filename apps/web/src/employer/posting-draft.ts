import type { CreatePostingInput, PostingKind } from '../gql/graphql';

/** The posting form as typed: text, so a half-typed number is kept as the employer left it. */
export interface PostingDraft {
  title: string;
  kind: PostingKind;
  description: string;
  regionCode: string;
  wageMin: string;
  wageMax: string;
  headcount: string;
  contractMonths: string;
  validUntil: string;
  partnerRegionCodes: string[];
  benefits: string;
}

export const EMPTY_DRAFT: PostingDraft = {
  title: '',
  kind: 'LOCAL',
  description: '',
  regionCode: '',
  wageMin: '',
  wageMax: '',
  headcount: '',
  contractMonths: '12',
  validUntil: '',
  partnerRegionCodes: [],
  benefits: '',
};

const wholeNumber = (text: string): number | null => (/^\s*\d{1,9}\s*$/.test(text) ? Number(text) : null);

/** 包吃包住、五险一金 or 包吃包住, 五险一金: either list separator a Chinese keyboard gives. */
export function benefitsOf(text: string): string[] {
  return text
    .split(/[、,，;；\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** What the form can tell before asking the server: a field left empty, or not a whole number. */
export function missingFields(draft: PostingDraft): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!draft.title.trim()) missing.title = '请填写岗位名称';
  if (!draft.regionCode) missing.regionCode = '请选择工作地点（到县）';
  for (const [field, label] of [
    ['wageMin', '月薪下限'],
    ['wageMax', '月薪上限'],
    ['headcount', '招聘人数'],
    ['contractMonths', '合同期限'],
  ] as const) {
    if (wholeNumber(draft[field]) === null) missing[field] = `请填写${label}（整数）`;
  }
  return missing;
}

/** The input createPosting takes, once nothing is missing (the server judges the rest). */
export function inputOf(draft: PostingDraft): CreatePostingInput | null {
  if (Object.keys(missingFields(draft)).length) return null;
  return {
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    regionCode: draft.regionCode,
    wageMin: Number(draft.wageMin),
    wageMax: Number(draft.wageMax),
    headcount: Number(draft.headcount),
    contractMonths: Number(draft.contractMonths),
    validUntil: draft.validUntil || null,
    partnerRegionCodes: draft.kind === 'EAST_WEST' ? draft.partnerRegionCodes : [],
    benefits: benefitsOf(draft.benefits),
  };
}
