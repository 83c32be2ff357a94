import { LaborCapacity, SeekingStatus, WorkerCategory } from '@app/workers';
import { MALE_GIVEN } from '../data/names.data.js';
import { PARTNER_PROVINCES, SENDING_COUNTIES, type SendingCounty } from '../data/sending-counties.data.js';
import { SKILLS } from '../data/welfare-posts.data.js';
import { demoIdNumber, demoMobile } from '../identity/demo-identity.js';
import { demoName, demoSurname } from '../identity/demo-names.js';
import type { DemoRandom } from '../random/demo-random.js';
import type { PlannedHousehold, PlannedWorker } from './demo-plan.js';
import { randomDate } from './timeline.js';

/** Every county gets a few households even in a tiny world; 惠水, the featured county, more. */
const MIN_WORKERS: Record<string, number> = { huishui: 30 };
const MIN_WORKERS_DEFAULT = 8;

/** Eastern provinces recruiting from each western province (the reverse of PARTNER_PROVINCES). */
const DESTINATIONS: Record<string, string[]> = {};
for (const [east, wests] of Object.entries(PARTNER_PROVINCES)) for (const west of wests) (DESTINATIONS[west] ??= []).push(east);

interface Person {
  gender: 'MALE' | 'FEMALE';
  age: number;
  surname: string;
  generation?: string;
}

/** Workers per county: the county's weight of the total, at least its minimum. */
export function countyQuotas(totalWorkers: number): Map<SendingCounty, number> {
  const weights = SENDING_COUNTIES.reduce((sum, c) => sum + c.weight, 0);
  return new Map(SENDING_COUNTIES.map((c) => [c, Math.max(MIN_WORKERS[c.slug] ?? MIN_WORKERS_DEFAULT, Math.round((totalWorkers * c.weight) / weights))]));
}

/**
 * Households of 1-5 registered labourers per county: a head, a spouse, adult children sharing a generation
 * character, or an elderly parent. Categories are the household's (identified together, 建档立卡), since 2020-2021.
 */
export function planPeople(random: DemoRandom, totalWorkers: number, today: string): { households: PlannedHousehold[]; workers: PlannedWorker[] } {
  const households: PlannedHousehold[] = [];
  const workers: PlannedWorker[] = [];
  for (const [county, quota] of countyQuotas(totalWorkers)) {
    const r = random.fork(`people:${county.code}`);
    let count = 0;
    for (let h = 1; count < quota; h++) {
      const size = Math.min(
        quota - count,
        r.weighted([
          [1, 10],
          [2, 22],
          [3, 30],
          [4, 25],
          [5, 13],
        ] as const),
      );
      const key = `${county.slug}-h${h}`;
      const people = householdPeople(r, county, size);
      const household = householdFacts(r, county, people);
      const members = people.map((person, i) => planWorker(r, county, `${key}-m${i + 1}`, key, person, household, today));
      households.push({ key, hukouRegionCode: county.code, workerKeys: members.map((m) => m.key) });
      workers.push(...members);
      count += size;
    }
  }
  return { households, workers };
}

function householdPeople(r: DemoRandom, county: SendingCounty, size: number): Person[] {
  const headGender = r.chance(0.85) ? 'MALE' : 'FEMALE';
  const headAge = r.int(size === 1 ? 22 : 28, 58);
  const familySurname = demoSurname(r, county.localSurnames);
  const people: Person[] = [{ gender: headGender, age: headAge, surname: familySurname }];
  if (size >= 2) {
    people.push({
      gender: headGender === 'MALE' ? 'FEMALE' : 'MALE',
      age: clamp(headAge + r.int(-5, 4), 20, 66),
      surname: demoSurname(r, county.localSurnames),
    });
  }
  const generation = r.pick(MALE_GIVEN);
  while (people.length < size) {
    if (headAge >= 40 && r.chance(0.8)) {
      people.push({ gender: r.chance(0.5) ? 'MALE' : 'FEMALE', age: r.int(18, Math.max(18, headAge - 21)), surname: familySurname, generation });
    } else {
      people.push({ gender: r.chance(0.5) ? 'MALE' : 'FEMALE', age: clamp(headAge + r.int(22, 30), 50, 70), surname: familySurname });
    }
  }
  return people;
}

interface HouseholdFacts {
  categories: WorkerCategory[];
  categoriesSince: string;
  relocated: boolean;
}

function householdFacts(r: DemoRandom, county: SendingCounty, people: Person[]): HouseholdFacts {
  const relocated = !!county.relocationSite && r.chance(0.4);
  const categories = new Set<WorkerCategory>();
  const base = r.weighted([
    [WorkerCategory.POVERTY_ALLEVIATED, 80],
    [WorkerCategory.MONITORING_TARGET, 14],
    [WorkerCategory.LOW_INCOME_ALLOWANCE, 6],
  ] as const);
  categories.add(relocated ? WorkerCategory.POVERTY_ALLEVIATED : base);
  if (relocated) categories.add(WorkerCategory.RELOCATED);
  if (r.chance(0.1)) categories.add(WorkerCategory.LOW_INCOME_ALLOWANCE);
  const alone = people.length === 1;
  if ((alone && people[0].age >= 50 && r.chance(0.3)) || r.chance(0.01)) categories.add(WorkerCategory.EXTREME_HARDSHIP);
  // 脱贫 households were identified through 2020; monitoring targets were added from 2021 on.
  const since = categories.has(WorkerCategory.POVERTY_ALLEVIATED) ? randomDate(r, '2020-03-01', '2020-12-31') : randomDate(r, '2021-01-01', '2021-12-31');
  return { categories: [...categories], categoriesSince: since, relocated };
}

function capacityFor(r: DemoRandom, age: number): LaborCapacity {
  if (age >= 60) return r.chance(0.6) ? LaborCapacity.HALF : LaborCapacity.WEAK;
  if (age >= 50)
    return r.weighted([
      [LaborCapacity.FULL, 60],
      [LaborCapacity.WEAK, 30],
      [LaborCapacity.HALF, 10],
    ] as const);
  return r.weighted([
    [LaborCapacity.FULL, 88],
    [LaborCapacity.WEAK, 8],
    [LaborCapacity.HALF, 4],
  ] as const);
}

function planWorker(
  r: DemoRandom,
  county: SendingCounty,
  key: string,
  householdKey: string,
  person: Person,
  household: HouseholdFacts,
  today: string,
): PlannedWorker {
  const year = Number(today.slice(0, 4)) - person.age;
  const birthDate = randomDate(r, `${year - 1}-07-01`, `${year}-06-30`);
  const capacity = capacityFor(r, person.age);
  const full = capacity === LaborCapacity.FULL;
  const willing = full && r.chance(person.age < 50 ? 0.78 : person.age < 56 ? 0.3 : 0);
  const pool = full ? [...county.skills, ...SKILLS[person.gender === 'MALE' ? 'male' : 'female']] : [...SKILLS.weak];
  const skills = [...new Set(r.sample(pool, full ? r.int(1, 3) : r.int(0, 1)))];
  const brand = county.laborBrand && skills.includes(county.laborBrand.skill) && r.chance(0.6) ? county.laborBrand.name : null;
  const destinations = DESTINATIONS[county.provinceCode] ?? [];
  const wage = full ? (willing ? r.int(45, 70) : r.int(30, 45)) * 100 : r.int(15, 25) * 100;
  const site = household.relocated ? 0.02 : 0.12;
  return {
    key,
    householdKey,
    name: demoName(r, person.surname, person.gender, { generation: person.generation, hui: county.hui }),
    idNumber: demoIdNumber(r, county.code, birthDate, person.gender),
    gender: person.gender,
    birthDate,
    hukouRegionCode: county.code,
    phone: r.chance(person.age >= 60 ? 0.6 : 0.94) ? demoMobile(r) : null,
    categories: household.categories,
    categoriesSince: household.categoriesSince,
    laborCapacity: capacity,
    skills,
    laborBrand: brand,
    seekingStatus: SeekingStatus.SEEKING,
    willingToMigrate: willing,
    preferredRegionCodes: willing ? r.sample(destinations, r.int(1, destinations.length)) : [county.code],
    expectedMonthlyWage: r.chance(0.9) ? wage : null,
    location: {
      lat: Math.round((county.center.lat + (r.next() - 0.5) * 2 * site) * 10_000) / 10_000,
      lng: Math.round((county.center.lng + (r.next() - 0.5) * 2 * site) * 10_000) / 10_000,
    },
    registrar: 'BUREAU',
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
