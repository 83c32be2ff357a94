import { MATCH_WEIGHTS as W, NEARBY_KM } from './match-weights.js';

export type LaborCapacityCode = 'FULL' | 'WEAK' | 'HALF';
export type PostingKindCode = 'EAST_WEST' | 'WORKSHOP' | 'PUBLIC_WELFARE' | 'LOCAL';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** What matching knows about a worker (no personal data beyond what the score needs). */
export interface MatchWorker {
  hukouRegionCode: string;
  laborCapacity: LaborCapacityCode;
  skills: readonly string[];
  laborBrand: string | null;
  willingToMigrate: boolean;
  preferredRegionCodes: readonly string[];
  expectedMonthlyWage: number | null;
  location: GeoPoint | null;
  relocated: boolean;
  zeroEmploymentHousehold: boolean;
}

export interface MatchPosting {
  kind: PostingKindCode;
  regionCode: string;
  wageMin: number;
  wageMax: number;
  skills: readonly string[];
  laborBrand: string | null;
  partnerRegionCodes: readonly string[];
  location: GeoPoint | null;
}

export interface MatchResult {
  /** 0-100. */
  score: number;
  /** Why, one short Chinese sentence per factor that counted. */
  reasons: string[];
  /** False when the posting must not be offered at all (a worker not willing to migrate, a job far away). */
  eligible: boolean;
}

export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const province = (code: string) => code.slice(0, 2);
const within = (code: string, area: string) => {
  const prefix = area.endsWith('0000') ? area.slice(0, 2) : area.endsWith('00') ? area.slice(0, 4) : area;
  return code.startsWith(prefix);
};
const normalizeSkill = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * The transparent match score between a worker and a posting: a sum of weighted factors (see MATCH_WEIGHTS),
 * each with the reason it counted. Pure: the same inputs always give the same score and reasons.
 */
export function matchScore(worker: MatchWorker, posting: MatchPosting): MatchResult {
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };

  const sameCounty = worker.hukouRegionCode === posting.regionCode;
  const km = worker.location && posting.location ? distanceKm(worker.location, posting.location) : null;
  const nearby = sameCounty || (km !== null && km <= NEARBY_KM);
  if (!worker.willingToMigrate && !nearby) {
    return { score: 0, reasons: ['不愿外出务工，岗位不在本县或附近'], eligible: false };
  }

  const wanted = new Set(worker.skills.map(normalizeSkill));
  const matched = posting.skills.filter((s) => wanted.has(normalizeSkill(s)));
  if (posting.skills.length > 0 && matched.length > 0) {
    add(Math.round((W.skills * matched.length) / posting.skills.length), `技能匹配：${matched.join('、')}`);
  }

  if (worker.expectedMonthlyWage !== null) {
    if (posting.wageMin >= worker.expectedMonthlyWage)
      add(W.wage, `月薪 ${posting.wageMin}-${posting.wageMax} 元，不低于期望的 ${worker.expectedMonthlyWage} 元`);
    else if (posting.wageMax >= worker.expectedMonthlyWage)
      add(Math.round(W.wage / 2), `月薪最高 ${posting.wageMax} 元，可达期望的 ${worker.expectedMonthlyWage} 元`);
  }

  if (sameCounty) add(W.sameCounty, '岗位在户籍所在县，就地就近就业');
  else if (km !== null && km <= NEARBY_KM) add(W.nearby, `距离约 ${Math.round(km)} 公里，就近就业`);

  if (worker.willingToMigrate && posting.kind === 'EAST_WEST' && posting.partnerRegionCodes.some((p) => province(p) === province(worker.hukouRegionCode))) {
    add(W.partnerProvince, '东西部劳务协作对口岗位，面向本省招聘');
  }
  if (worker.preferredRegionCodes.some((area) => within(posting.regionCode, area))) add(W.preferredRegion, '在本人意向务工地区');
  if (worker.laborBrand && posting.laborBrand && worker.laborBrand === posting.laborBrand) add(W.laborBrand, `劳务品牌对口：${posting.laborBrand}`);

  const weak = worker.laborCapacity !== 'FULL';
  if (weak && (posting.kind === 'PUBLIC_WELFARE' || (posting.kind === 'WORKSHOP' && nearby))) {
    add(W.capacityFit, posting.kind === 'PUBLIC_WELFARE' ? '弱劳力、半劳力优先安排公益性岗位' : '弱劳力、半劳力适合家门口的帮扶车间');
  } else if (weak && !nearby) {
    add(W.capacityMisfit, '弱劳力、半劳力不宜远距离外出务工');
  }
  if (!weak && posting.kind === 'PUBLIC_WELFARE') add(W.welfareForFullLabour, '公益性岗位优先安置弱劳力、半劳力，全劳力仅作兜底');

  if (worker.zeroEmploymentHousehold) add(W.zeroEmploymentHousehold, '零就业家庭优先帮扶');
  if (worker.relocated && posting.kind === 'WORKSHOP' && nearby) add(W.relocatedNearWorkshop, '易地搬迁群众，安置点附近的帮扶车间');

  return { score: Math.max(0, Math.min(100, score)), reasons, eligible: true };
}
