import { getIntrospectionQuery, type IntrospectionObjectType, type IntrospectionOutputTypeRef, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import { idCheckCharacter } from '@app/workers';
import { addDays, chinaToday } from '@app/common';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { EVERYONE, type Caller as Role } from './authorization-matrix.js';
import { objectsOfType, walkPersonPaths, type Walk } from './worker-paths.js';
import { harvest, seedWorkerWorld, type WorkerWorld } from './worker-world.js';

/** Fewer possible ID numbers than this, from what one answer shows of a worker, counts as rebuilding the number. */
const MIN_CANDIDATES = 100;

const MASK = /^[0-9X*]{18}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function named(ref: IntrospectionOutputTypeRef): string {
  return ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? named(ref.ofType) : ref.name;
}

/** Every leaf field of Worker (and the code of its region): all a caller can read about one worker in one answer. */
function everyWorkerLeaf(types: Map<string, IntrospectionType>): string {
  const worker = types.get('Worker') as IntrospectionObjectType;
  const leaves = worker.fields
    .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL'))
    .filter((f) => ['SCALAR', 'ENUM'].includes(types.get(named(f.type))?.kind ?? ''))
    .map((f) => f.name);
  return [...leaves, 'hukouRegion { code }', 'location { lat lng }'].join(' ');
}

function daysOfYear(year: number): string[] {
  const days: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * How many resident ID numbers agree with what one answer shows of a worker, for an attacker who also knows the hukou
 * county (assumed to be the first 6 digits): the mask's visible characters, the birth date or the age on 1 January,
 * and the gender (the parity of the 17th digit). Counting stops at `limit`: a check for "at least N" needs no more, and
 * the whole set of a worker shown without mask or age is tens of millions of numbers.
 */
export function candidates(
  worker: Record<string, unknown>,
  today = chinaToday(),
  limit = Number.POSITIVE_INFINITY,
): { count: number; includes: (id: string) => boolean } {
  const strings = Object.values(worker).filter((v): v is string => typeof v === 'string');
  const mask = strings.find((s) => MASK.test(s) && s.includes('*')) ?? null;
  const region = mask ? mask.slice(0, 6) : ((worker.hukouRegion as { code?: string } | undefined)?.code ?? '');
  const year = Number(today.slice(0, 4));
  let births: string[];
  if (typeof worker.birthDate === 'string' && DATE.test(worker.birthDate)) births = [worker.birthDate];
  else if (typeof worker.age === 'number') births = [...daysOfYear(year - worker.age - 1).slice(1), `${year - worker.age}-01-01`];
  else births = Array.from({ length: 100 }, (_, i) => daysOfYear(year - 16 - i)).flat();
  const parity = worker.gender === 'MALE' ? 1 : worker.gender === 'FEMALE' ? 0 : null;
  const matches = (id: string) => !mask || [...mask].every((c, i) => c === '*' || c === id[i]);
  let count = 0;
  counting: for (const birth of births) {
    const digits = birth.replaceAll('-', '');
    for (let seq = 0; seq < 1000; seq++) {
      if (parity !== null && seq % 2 !== parity) continue;
      const first17 = `${region}${digits}${String(seq).padStart(3, '0')}`;
      if (matches(`${first17}${idCheckCharacter(first17)}`)) count++;
      if (count >= limit) break counting;
    }
  }
  const includes = (id: string) => id.slice(0, 6) === region && births.includes(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`) && matches(id);
  return { count, includes };
}

/**
 * Issue 15, item 1: no reconstruction. For every role, the walk of worker-scope (every path ending in Worker or
 * Household) is run again selecting every field of every Worker it reaches; no combination of the fields of one worker
 * leaves fewer than MIN_CANDIDATES possible ID numbers, no birth date sits next to an ID fragment, no mask shows a
 * birth-date digit, and employers and agencies see no fragment, no birth date and (employers) no category.
 */
describe('no reconstruction of an ID number from what any role can read', () => {
  let t: TestApp;
  let world: WorkerWorld;
  let walk: Walk;
  let types: Map<string, IntrospectionType>;
  const seen = new Map<Role, Array<Record<string, unknown>>>();

  beforeAll(async () => {
    t = await startTestApp();
    const introspection = await t.anonymous.ok<IntrospectionQuery>(getIntrospectionQuery());
    types = new Map(introspection.__schema.types.map((type) => [type.name, type]));
    walk = walkPersonPaths(introspection.__schema);
    world = await seedWorkerWorld(t);
    const leaves = everyWorkerLeaf(types);
    for (const role of EVERYONE) {
      const got = await harvest(world.callers[role], walk, world, types, (type) => (type === 'Worker' ? leaves : type === 'Household' ? 'id' : ''));
      expect(got.missing).toEqual([]);
      seen.set(
        role,
        got.responses.flatMap((data) => objectsOfType(data, 'Worker')),
      );
    }
  }, 180_000);

  afterAll(() => t.close());

  it('models the attacker correctly: the old 6 + 4 mask with the birth date or the age rebuilds the number', () => {
    const id = '520102199003070014';
    expect(candidates({ maskedIdNumber: '520102********0014', birthDate: '1990-03-07', gender: 'MALE' }, '2026-12-02').count).toBe(1);
    expect(candidates({ maskedIdNumber: '520102********0014', age: 35, gender: 'MALE' }, '2026-12-02').count).toBeLessThan(MIN_CANDIDATES);
    const bureauView = candidates({ maskedIdNumber: '520102***********4', age: 35, gender: 'MALE' }, '2026-12-02');
    expect(candidates({ maskedIdNumber: '520102***********4', age: 35, gender: 'MALE' }, '2026-12-02', 100).count).toBe(100);
    expect(bureauView.count).toBeGreaterThan(10_000);
    expect(bureauView.includes(id)).toBe(true);
  });

  it('leaves at least 100 possible ID numbers for every worker on every path, for every role', () => {
    const weak: string[] = [];
    for (const [role, workers] of seen) {
      for (const worker of workers) {
        const { count, includes } = candidates(worker, chinaToday(), MIN_CANDIDATES);
        if (count < MIN_CANDIDATES) weak.push(`${role}: worker ${String(worker.id)} narrowed to ${count} ID numbers`);
        const seeded = Object.values(world.workers).find((w) => w.id === worker.id && w.idNumber);
        if (seeded) expect(includes(seeded.idNumber)).toBe(true); // the count is of a set that holds the real number
      }
    }
    expect(weak).toEqual([]);
    expect(seen.get('BUREAU')!.length).toBeGreaterThan(0);
  });

  it('never shows a birth date next to an ID fragment, nor a mask with a birth-date digit', () => {
    const wrong: string[] = [];
    for (const [role, workers] of seen) {
      for (const w of workers) {
        if (w.birthDate !== null && w.maskedIdNumber !== null) wrong.push(`${role}: birthDate next to maskedIdNumber`);
        if (typeof w.maskedIdNumber === 'string' && /[^*]/.test(w.maskedIdNumber.slice(6, 17)))
          wrong.push(`${role}: mask shows ${w.maskedIdNumber.length} characters beyond 6 + 1`);
        for (const seeded of Object.values(world.workers)) {
          if (seeded.id !== w.id || !seeded.idNumber) continue;
          const birth = seeded.idNumber.slice(6, 14);
          const leaked = Object.entries(w).filter(([, v]) => typeof v === 'string' && v.replaceAll('-', '').includes(birth));
          if (leaked.length && role !== 'WORKER') wrong.push(`${role}: birth digits in ${leaked.map(([k]) => k).join(', ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows employers and agencies the age, never an ID fragment or a birth date; employers no category', () => {
    for (const role of ['EMPLOYER', 'AGENT'] as const) {
      const workers = seen.get(role)!;
      expect(workers.length).toBeGreaterThan(0);
      for (const w of workers) {
        expect(w).toMatchObject({ maskedIdNumber: null, birthDate: null });
        expect(typeof w.age).toBe('number');
        if (role === 'EMPLOYER') expect(w).toMatchObject({ categories: null, declaredCategories: null, categoriesVerified: null });
      }
    }
    // The bureau sees the masked form and the age, not the birth date.
    for (const w of seen.get('BUREAU')!) {
      expect(w.maskedIdNumber).toMatch(/^\d{6}\*{11}[\dX]$/);
      expect(w.birthDate).toBeNull();
    }
  });
});
