import { cityOf, dateNumber, provinceOf } from '@app/common';
import { normalizeText } from '../text/normalize-text.js';
import { pinyinKeys } from '../text/pinyin-keys.js';
import { type PostingRecord, postingViewToJson, toPostingView } from '@app/postings';
import type { PostingDocument, RegionName } from './posting-document.js';
import { regionSearchNames } from './region-names.js';
import { benefitTagsOf, occupationsOf } from '../vocabulary/tagging.js';
import { vocabulary } from '../vocabulary/vocabulary.js';

/**
 * Pure: the same posting, organisation name and region path always give the same document. Text is normalised the way
 * queries are (normalizeText), so traditional characters and full-width letters meet their simplified forms.
 */
export function buildPostingDocument(posting: PostingRecord, organizationName: string | null, regionPath: readonly RegionName[]): PostingDocument {
  const title = normalizeText(posting.title);
  const laborBrand = posting.laborBrand ? normalizeText(posting.laborBrand) : null;
  const titleKeys = pinyinKeys(title);
  const brandKeys = laborBrand ? pinyinKeys(laborBrand) : { full: [], initials: [] };
  const description = normalizeText(posting.description);
  const skills = posting.skills.map(normalizeText).filter(Boolean);
  const words = vocabulary();
  const document: PostingDocument = {
    id: posting.id,
    version: posting.version,
    title,
    description,
    skills,
    occupations: occupationsOf(words, { title, skills, kind: posting.kind }),
    benefitTags: benefitTagsOf(words, { title, description, benefits: posting.benefits.map(normalizeText) }),
    laborBrand,
    organizationName: organizationName ? normalizeText(organizationName) : null,
    regionNames: regionSearchNames(regionPath.map((r) => r.name)),
    provinceCode: provinceOf(posting.regionCode),
    cityCode: cityOf(posting.regionCode),
    countyCode: posting.regionCode,
    kind: posting.kind,
    status: posting.status,
    wageMin: posting.wageMin,
    wageMax: posting.wageMax,
    openings: Math.max(0, posting.headcount - posting.activePlacements),
    partnerProvinceCodes: [...new Set(posting.partnerRegionCodes.map(provinceOf))],
    publishedAt: posting.publishedAt.getTime(),
    validUntil: posting.validUntil ? dateNumber(posting.validUntil) : null,
    titlePinyin: titleKeys.full,
    titleInitials: titleKeys.initials,
    laborBrandPinyin: brandKeys.full,
    laborBrandInitials: brandKeys.initials,
    shown: postingViewToJson(toPostingView(posting)),
  };
  if (posting.lat !== null && posting.lng !== null) document._geo = { lat: posting.lat, lng: posting.lng };
  return document;
}

export { dateNumber };
