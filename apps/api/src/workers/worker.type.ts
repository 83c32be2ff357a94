import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { WorkerEntity } from '@app/workers';
import { GeoPoint } from '../common/geo.type.js';
import { Region } from '../regions/region.type.js';
import { Gender, LaborCapacity, SeekingStatus } from './worker-enums.js';

@ObjectType()
export class Household {
  @Field(() => ID)
  id: string;

  hukouRegionCode: string;
}

@ObjectType({ description: 'A registered worker. The resident ID number is only ever shown masked (first 6, last 4).' })
export class Worker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. 520102********001X' })
  maskedIdNumber: string;

  @Field(() => Gender)
  gender: Gender;

  @Field({ description: 'YYYY-MM-DD, derived from the ID number' })
  birthDate: string;

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

  @Field(() => GeoPoint, { nullable: true })
  location: GeoPoint | null;

  @Field(() => String, { nullable: true, description: 'Date the worker last came home from a job (返乡回流)' })
  returnedHomeOn: string | null;

  @Field()
  registeredAt: Date;

  /** Resolved per caller: full for those who may see it, masked otherwise. */
  rawPhone: string | null;
}

@ObjectType()
export class WorkerConnection extends Connection(Worker, 'Worker') {}

export function toWorker(entity: WorkerEntity, hukouRegion: Region): Worker {
  return {
    id: entity.id,
    name: entity.name,
    maskedIdNumber: entity.idMasked,
    gender: entity.gender,
    birthDate: entity.birthDate,
    hukouRegion,
    household: { id: entity.householdId, hukouRegionCode: entity.hukouRegionCode },
    laborCapacity: entity.laborCapacity,
    skills: entity.skills,
    laborBrand: entity.laborBrand,
    seekingStatus: entity.seekingStatus,
    willingToMigrate: entity.willingToMigrate,
    preferredRegionCodes: entity.preferredRegionCodes,
    expectedMonthlyWage: entity.expectedMonthlyWage,
    location: entity.lat !== null && entity.lng !== null ? { lat: entity.lat, lng: entity.lng } : null,
    returnedHomeOn: entity.returnedHomeOn,
    registeredAt: entity.createdAt,
    rawPhone: entity.phone,
  };
}
