import { MATCH_WEIGHTS as W } from './match-weights.js';
import { distanceKm, matchScore, type MatchPosting, type MatchWorker } from './match-score.js';

const HUISHUI = { lat: 26.13, lng: 106.66 }; // 惠水县
const SHENZHEN = { lat: 22.55, lng: 113.9 };

const worker = (over: Partial<MatchWorker> = {}): MatchWorker => ({
  hukouRegionCode: '522731',
  laborCapacity: 'FULL',
  skills: [],
  laborBrand: null,
  willingToMigrate: true,
  preferredRegionCodes: [],
  expectedMonthlyWage: null,
  location: HUISHUI,
  relocated: false,
  zeroEmploymentHousehold: false,
  ...over,
});

const posting = (over: Partial<MatchPosting> = {}): MatchPosting => ({
  kind: 'LOCAL',
  regionCode: '440306',
  wageMin: 4000,
  wageMax: 6000,
  skills: [],
  laborBrand: null,
  partnerRegionCodes: [],
  location: SHENZHEN,
  ...over,
});

describe('matchScore', () => {
  it('measures distance on the sphere', () => {
    expect(Math.round(distanceKm(HUISHUI, SHENZHEN))).toBeGreaterThan(800);
    expect(distanceKm(HUISHUI, HUISHUI)).toBe(0);
  });

  it('rewards skills in proportion to the posting’s listed skills', () => {
    const r = matchScore(worker({ skills: ['电焊', '叉车'] }), posting({ skills: ['电焊', '钳工'] }));
    expect(r.score).toBe(W.skills / 2);
    expect(r.reasons).toEqual(['技能匹配：电焊']);
  });

  it('rewards a wage at or above expectations, half when only the top of the range reaches it', () => {
    expect(matchScore(worker({ expectedMonthlyWage: 4000 }), posting()).score).toBe(W.wage);
    expect(matchScore(worker({ expectedMonthlyWage: 5000 }), posting()).score).toBe(W.wage / 2);
    expect(matchScore(worker({ expectedMonthlyWage: 7000 }), posting()).score).toBe(0);
  });

  it('never offers a far-away job to a worker who will not migrate, and prefers home for them', () => {
    const stayAtHome = worker({ willingToMigrate: false });
    expect(matchScore(stayAtHome, posting()).eligible).toBe(false);
    const home = matchScore(stayAtHome, posting({ regionCode: '522731', location: HUISHUI }));
    expect(home.eligible).toBe(true);
    expect(home.reasons).toContain('岗位在户籍所在县，就地就近就业');
    const near = matchScore(stayAtHome, posting({ regionCode: '522701', location: { lat: 26.25, lng: 106.7 } }));
    expect(near.eligible).toBe(true);
    expect(near.score).toBe(W.nearby);
  });

  it('puts east-west postings recruiting from the worker’s province first for willing workers', () => {
    const partner = matchScore(worker(), posting({ kind: 'EAST_WEST', partnerRegionCodes: ['520000'] }));
    const other = matchScore(worker(), posting({ kind: 'EAST_WEST', partnerRegionCodes: ['530000'] }));
    expect(partner.score - other.score).toBe(W.partnerProvince);
    expect(
      matchScore(worker({ willingToMigrate: false, location: SHENZHEN }), posting({ kind: 'EAST_WEST', partnerRegionCodes: ['520000'] })).reasons,
    ).not.toContain('东西部劳务协作对口岗位，面向本省招聘');
  });

  it('rewards preferred regions at any level and a shared labour brand', () => {
    expect(matchScore(worker({ preferredRegionCodes: ['440000'] }), posting()).score).toBe(W.preferredRegion);
    expect(matchScore(worker({ preferredRegionCodes: ['330000'] }), posting()).score).toBe(0);
    expect(matchScore(worker({ laborBrand: '遵义师傅' }), posting({ laborBrand: '遵义师傅' })).score).toBe(W.laborBrand);
  });

  it('steers weak and half labour to welfare posts and workshops near home, away from distant jobs', () => {
    const weak = worker({ laborCapacity: 'WEAK' });
    const welfare = matchScore(weak, posting({ kind: 'PUBLIC_WELFARE', regionCode: '522731', location: HUISHUI }));
    const workshop = matchScore(weak, posting({ kind: 'WORKSHOP', regionCode: '522731', location: HUISHUI }));
    const distant = matchScore(weak, posting({ kind: 'EAST_WEST' }));
    expect(welfare.score).toBe(W.sameCounty + W.capacityFit);
    expect(workshop.score).toBe(W.sameCounty + W.capacityFit);
    expect(distant.score).toBe(0);
    expect(distant.reasons).toContain('弱劳力、半劳力不宜远距离外出务工');
  });

  it('ranks public-welfare posts last for full labour', () => {
    const full = worker();
    const welfare = matchScore(full, posting({ kind: 'PUBLIC_WELFARE', regionCode: '522731', location: HUISHUI }));
    const factory = matchScore(full, posting());
    expect(welfare.score).toBe(0);
    expect(welfare.reasons).toContain('公益性岗位优先安置弱劳力、半劳力，全劳力仅作兜底');
    expect(factory.score).toBeGreaterThanOrEqual(welfare.score);
  });

  it('gives priority to zero-employment households and to relocated workers near a workshop', () => {
    expect(matchScore(worker({ zeroEmploymentHousehold: true }), posting()).score).toBe(W.zeroEmploymentHousehold);
    const relocated = matchScore(worker({ relocated: true }), posting({ kind: 'WORKSHOP', regionCode: '522731', location: HUISHUI }));
    expect(relocated.reasons).toContain('易地搬迁群众，安置点附近的帮扶车间');
    expect(relocated.score).toBe(W.sameCounty + W.relocatedNearWorkshop);
  });

  it('stays within 0-100 and is deterministic', () => {
    const everything = worker({
      skills: ['电焊'],
      expectedMonthlyWage: 3000,
      preferredRegionCodes: ['522731'],
      laborBrand: '惠水绣娘',
      relocated: true,
      zeroEmploymentHousehold: true,
      laborCapacity: 'WEAK',
    });
    const p = posting({ kind: 'WORKSHOP', regionCode: '522731', location: HUISHUI, skills: ['电焊'], laborBrand: '惠水绣娘' });
    const a = matchScore(everything, p);
    expect(a.score).toBe(100);
    expect(matchScore(everything, p)).toEqual(a);
  });
});
