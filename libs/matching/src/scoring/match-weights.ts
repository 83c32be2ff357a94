/**
 * Every weight of the match score in one place. A score is the sum of the factors that apply (0-100 after clamping),
 * so each factor's share is visible here and in the reasons a person reads.
 */
export const MATCH_WEIGHTS = {
  /** Share of the posting's listed skills the worker has (all of them → the full weight). */
  skills: 30,
  /** Posting pays at least the worker's expected wage (partly when only the top of the range does). */
  wage: 20,
  /** Same county as the worker's home: no migration needed. */
  sameCounty: 15,
  /** Within NEARBY_KM of the worker's location. */
  nearby: 10,
  /** An east-west posting recruiting from the worker's own province (东西部劳务协作对口). */
  partnerProvince: 15,
  /** In a region the worker said they would like to work in. */
  preferredRegion: 10,
  /** Same labour brand (劳务品牌), e.g. 遵义师傅. */
  laborBrand: 10,
  /** Weak or half labour placed in a workshop near home or a public-welfare post. */
  capacityFit: 20,
  /** Weak or half labour offered an ordinary full-time job far away. */
  capacityMisfit: -25,
  /** Public-welfare posts are a fallback for weak or half labour: for full labour they come last. */
  welfareForFullLabour: -60,
  /** Priority for a household with nobody in work (零就业家庭), so 一户一人 is reached. */
  zeroEmploymentHousehold: 10,
  /** A relocated worker (易地搬迁) and a workshop near their resettlement site. */
  relocatedNearWorkshop: 15,
} as const;

/** "Nearby" for workers not willing to migrate, and for resettlement-site workshops. */
export const NEARBY_KM = 30;
