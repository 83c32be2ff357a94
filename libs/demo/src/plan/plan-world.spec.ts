import { divisionRows } from '@app/regions';
import { idNumberProblem, normalizeMobile } from '@app/workers';
import { creditCodeProblem } from '@app/organizations';
import { PostingKind } from '@app/postings';
import { planDemoWorld } from './plan-world.js';
import { contractEnd } from './timeline.js';

const TODAY = '2026-11-23';

describe('planDemoWorld', () => {
  const plan = planDemoWorld({ today: TODAY });
  const big = planDemoWorld({ today: TODAY, scale: 3 });

  it('is the same world every time for a seed, a scale and a day', () => {
    const again = planDemoWorld({ today: TODAY });
    expect(JSON.stringify(again)).toEqual(JSON.stringify(plan));
    expect(JSON.stringify(planDemoWorld({ today: TODAY, seed: 'other' }).workers.slice(0, 5))).not.toEqual(JSON.stringify(plan.workers.slice(0, 5)));
  });

  it('has about 3,000 workers at scale 1 in households of 1-5 sharing a county, and scales', () => {
    expect(plan.workers.length).toBeGreaterThanOrEqual(3_000);
    expect(plan.workers.length).toBeLessThan(3_100);
    const byKey = new Map(plan.workers.map((w) => [w.key, w]));
    for (const h of plan.households) {
      expect(h.workerKeys.length).toBeGreaterThanOrEqual(1);
      expect(h.workerKeys.length).toBeLessThanOrEqual(5);
      expect(new Set(h.workerKeys.map((k) => byKey.get(k)!.hukouRegionCode))).toEqual(new Set([h.hukouRegionCode]));
    }
    const small = planDemoWorld({ today: TODAY, scale: 0.05 });
    expect(small.workers.length).toBeGreaterThan(100);
    expect(small.workers.length).toBeLessThan(200);
    expect(big.workers.length).toBeGreaterThan(8_900);
    expect(big.postings.length).toBe(3 * (plan.postings.length - 1) + 1); // 惠水's closed post of last year exists once
  });

  it('gives valid, unique ID numbers and mobile numbers, and valid credit codes', () => {
    const ids = plan.workers.map((w) => w.idNumber);
    expect(ids.filter((id) => idNumberProblem(id) !== null)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const w of plan.workers) {
      expect(w.idNumber.slice(0, 6)).toBe(w.hukouRegionCode);
      expect(w.idNumber.slice(6, 14)).toBe(w.birthDate.replaceAll('-', ''));
      expect(Number(w.idNumber[16]) % 2 === 1).toBe(w.gender === 'MALE');
      if (w.phone) expect(normalizeMobile(w.phone)).toBe(w.phone);
      expect([...w.name].length).toBeGreaterThanOrEqual(2);
      expect([...w.name].length).toBeLessThanOrEqual(4);
    }
    expect(plan.organizations.filter((o) => creditCodeProblem(o.creditCode) !== null)).toEqual([]);
    expect(new Set(plan.organizations.map((o) => o.creditCode)).size).toBe(plan.organizations.length);
  });

  it('uses only real county codes for people, employers and postings', () => {
    const counties = new Set(
      divisionRows()
        .filter((r) => r.level === 'COUNTY')
        .map((r) => r.code),
    );
    const all = [...plan.workers.map((w) => w.hukouRegionCode), ...plan.organizations.map((o) => o.regionCode), ...plan.postings.map((p) => p.regionCode)];
    expect(all.filter((code) => !counties.has(code))).toEqual([]);
    const regions = new Set(divisionRows().map((r) => r.code));
    expect(plan.bureaus.filter((b) => !regions.has(b.regionCode))).toEqual([]);
  });

  it('keeps most workers poverty-alleviated, with every category present, since 2020-2021', () => {
    const has = (c: string) => plan.workers.filter((w) => w.categories.includes(c as never)).length;
    expect(has('POVERTY_ALLEVIATED') / plan.workers.length).toBeGreaterThan(0.7);
    for (const c of ['MONITORING_TARGET', 'LOW_INCOME_ALLOWANCE', 'EXTREME_HARDSHIP', 'RELOCATED']) expect(has(c)).toBeGreaterThan(0);
    expect(plan.workers.every((w) => w.categoriesSince >= '2020-01-01' && w.categoriesSince <= '2021-12-31')).toBe(true);
  });

  it('plans placements the services will accept: partner provinces, one welfare post at a time, dates up to the horizon', () => {
    const postings = new Map(plan.postings.map((p) => [p.key, p]));
    const workers = new Map(plan.workers.map((w) => [w.key, w]));
    expect(plan.placements.length).toBeGreaterThan(1_500);
    for (const p of plan.placements) {
      const posting = postings.get(p.postingKey)!;
      const worker = workers.get(p.workerKey)!;
      if (posting.kind === PostingKind.EAST_WEST) expect(posting.partnerRegionCodes).toContain(`${worker.hukouRegionCode.slice(0, 2)}0000`);
      if (posting.kind === PostingKind.PUBLIC_WELFARE || posting.kind === PostingKind.WORKSHOP) expect(posting.regionCode).toBe(worker.hukouRegionCode);
      expect(p.startDate <= plan.horizon).toBe(true);
      if (p.end) {
        expect(p.end.date >= p.startDate && p.end.date <= plan.horizon).toBe(true);
        expect(p.end.date <= contractEnd(p.startDate, p.contractMonths)).toBe(true);
      }
      for (const c of p.confirmations) expect(c.month >= p.startDate.slice(0, 7) && c.month <= (p.end?.date ?? plan.horizon).slice(0, 7)).toBe(true);
    }
    // A worker's second job starts after the first ended.
    const byWorker = new Map<string, typeof plan.placements>();
    for (const p of plan.placements) byWorker.set(p.workerKey, [...(byWorker.get(p.workerKey) ?? []), p]);
    for (const list of byWorker.values()) {
      if (list.length < 2) continue;
      expect(list[0].end).not.toBeNull();
      expect(list[1].startDate > list[0].end!.date).toBe(true);
      expect(list[1].postingKey).not.toBe(list[0].postingKey);
    }
    // Headcounts hold every placement ever made on the posting.
    for (const posting of plan.postings) {
      const used = plan.placements.filter((p) => p.postingKey === posting.key).length;
      expect(posting.headcount).toBeGreaterThanOrEqual(used);
    }
  });

  it('starts most placements in 2025 (claims need the Guizhou policy) and has returnees and ended contracts', () => {
    const in2025 = plan.placements.filter((p) => p.startDate.startsWith('2025')).length;
    expect(in2025 / plan.placements.length).toBeGreaterThan(0.45);
    const reasons = new Set(plan.placements.map((p) => p.end?.reason));
    expect(reasons).toEqual(expect.objectContaining(new Set(['RETURNED_HOME', 'CONTRACT_ENDED', 'RESIGNED', undefined])));
    expect(plan.groups.some((g) => g.arrivedOn)).toBe(true);
    expect(plan.groups.some((g) => g.departed && !g.arrivedOn)).toBe(true);
    expect(plan.groups.some((g) => !g.departed)).toBe(true);
    expect(new Set(plan.applications.map((a) => a.outcome))).toEqual(new Set(['APPLIED', 'REJECTED', 'WITHDRAWN', 'HIRED_UPCOMING']));
  });

  it('sends nominations only to postings the public can see, at any scale', () => {
    for (const world of [plan, big]) {
      const postings = new Map(world.postings.map((p) => [p.key, p]));
      const hidden = new Set(world.organizations.filter((o) => (o.kind === 'WORKSHOP' || o.kind === 'ASSISTANCE_BASE') && !o.verifiedBy).map((o) => o.key));
      expect(hidden.size).toBeGreaterThan(0);
      for (const key of [...world.applications.map((a) => a.postingKey), ...world.placements.map((p) => p.postingKey)]) {
        const posting = postings.get(key)!;
        expect(posting.organizationKey && hidden.has(posting.organizationKey)).toBeFalsy();
      }
      // Pending nominations need an opening: never last year's closed post or the post planned to end full.
      expect(world.applications.filter((a) => postings.get(a.postingKey)!.closeAtEnd || postings.get(a.postingKey)!.fill)).toEqual([]);
    }
  });

  it('sets a target for every province, city and county with employed workers, for 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      const codes = plan.targets.filter((t) => t.year === year).map((t) => t.regionCode);
      expect(codes).toEqual(expect.arrayContaining(['520000', '530000', '620000', '610000', '522700', '522731']));
    }
    const guizhou = plan.targets.find((t) => t.regionCode === '520000' && t.year === 2025)!;
    expect(guizhou.workers).toBeGreaterThan(500);
    expect(guizhou.setBy).toBe('bureau-guizhou');
  });

  it('refuses a scale out of range', () => {
    expect(() => planDemoWorld({ scale: 0 })).toThrow(RangeError);
    expect(() => planDemoWorld({ scale: 1_000 })).toThrow(RangeError);
  });
});
