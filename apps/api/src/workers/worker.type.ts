import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { chinaToday } from '@app/common';
import { ageOnFirstOfJanuary, type WorkerEntity, type WorkerView } from '@app/workers';
import { GeoPoint } from '../common/geo.type.js';
import { Region } from '../regions/region.type.js';
import { Gender, LaborCapacity, RegistrationStatus, SeekingStatus } from './worker-enums.js';

@ObjectType({ description: 'A household (户), reached through one of its members: its other members only as far as you may see them' })
export class Household {
  @Field(() => ID)
  id: string;

  hukouRegionCode: string;

  /** The caller sees facts about the whole household (staff); set from the member it was reached through. */
  wholeHousehold: boolean;
}

@ObjectType({
  description:
    'A registered worker, projected for the caller (docs/api.md "Personal data by role"): never the full ID number, never the birth date next to an ID fragment',
})
export class Worker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'First 6 characters and the check character, e.g. 520102***********X: for bureaus of the jurisdiction and ADMIN; null for everyone else',
  })
  maskedIdNumber: string | null;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, derived from the ID number: for the worker themself only (null for everyone else; bureaus use revealIdNumber)',
  })
  birthDate: string | null;

  @Field(() => Int, { description: 'Age on 1 January of the current year (China calendar): changes only on New Year’s Day' })
  age: number;

  @Field(() => Region)
  hukouRegion: Region;

  @Field(() => Household)
  household: Household;

  @Field(() => LaborCapacity)
  laborCapacity: LaborCapacity;

  @Field(() => [String])
  skills: string[];

  @Field(() => String, { nullable: true, description: '劳务品牌, e.g. 遵义师傅' })
  laborBrand: string | null;

  @Field(() => SeekingStatus)
  seekingStatus: SeekingStatus;

  @Field()
  willingToMigrate: boolean;

  @Field(() => [String])
  preferredRegionCodes: string[];

  @Field(() => Int, { nullable: true })
  expectedMonthlyWage: number | null;

  @Field(() => GeoPoint, {
    nullable: true,
    description: 'Home coordinates: for bureaus, ADMIN, the worker and the agency organising them (its own or entrusted); null for everyone else',
  })
  location: GeoPoint | null;

  @Field(() => String, { nullable: true, description: 'Date the worker last came home from a job (返乡回流)' })
  returnedHomeOn: string | null;

  @Field()
  registeredAt: Date;

  @Field(() => RegistrationStatus, {
    description:
      'PENDING_REVIEW (已提交，待核实) until the bureau of the hukou accepts it: until then the worker cannot apply, be nominated, grouped or placed',
  })
  registrationStatus: RegistrationStatus;

  @Field(() => String, { nullable: true, description: 'Why the bureau refused the registration (REJECTED only)' })
  registrationRefusalReason: string | null;

  /** Resolved per caller: full for those who may see it, masked otherwise. */
  rawPhone: string | null;

  /** What the caller is shown of this worker: decided once, by the worker gate (worker-gate.ts). */
  view: WorkerView;
}

@ObjectType()
export class WorkerConnection extends Connection(Worker, 'Worker') {}

/**
 * The projection of a worker for one caller. Only the worker gate calls it, with the view it decided
 * (WorkersService.accessTo): a Worker object never exists without its access decision.
 */
export function toWorker(entity: WorkerEntity, hukouRegion: Region, view: WorkerView): Worker {
  return {
    id: entity.id,
    name: entity.name,
    maskedIdNumber: view.maskedIdNumber ? entity.idMasked : null,
    gender: entity.gender,
    birthDate: view.birthDate ? entity.birthDate : null,
    age: ageOnFirstOfJanuary(entity.birthDate, chinaToday()),
    hukouRegion,
    household: { id: entity.householdId, hukouRegionCode: entity.hukouRegionCode, wholeHousehold: view.household },
    laborCapacity: entity.laborCapacity,
    skills: entity.skills,
    laborBrand: entity.laborBrand,
    seekingStatus: entity.seekingStatus,
    willingToMigrate: entity.willingToMigrate,
    preferredRegionCodes: entity.preferredRegionCodes,
    expectedMonthlyWage: entity.expectedMonthlyWage,
    location: view.location && entity.lat !== null && entity.lng !== null ? { lat: entity.lat, lng: entity.lng } : null,
    returnedHomeOn: entity.returnedHomeOn,
    registeredAt: entity.createdAt,
    registrationStatus: entity.registrationStatus,
    registrationRefusalReason: entity.registrationRefusalReason,
    rawPhone: entity.phone,
    view,
  };
}
