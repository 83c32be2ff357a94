import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, IsRegionCode, PageArgs } from '@app/common';
import { Region } from '../regions/region.type.js';
import { LaborCapacity, SeekingStatus } from '../workers/worker-enums.js';

@ObjectType({ description: 'A household member as a village cadre sees them: no phone number, the ID number masked' })
export class HouseholdMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'First 6 characters and the check character, e.g. 520102***********X (the bureau’s masked form)' })
  maskedIdNumber: string;

  @Field(() => LaborCapacity)
  laborCapacity: LaborCapacity;

  @Field(() => SeekingStatus)
  seekingStatus: SeekingStatus;

  @Field(() => String, { nullable: true, description: 'Date the member last came home from a job (返乡回流)' })
  returnedHomeOn: string | null;
}

@ObjectType({ description: '零就业家庭: at least one FULL or WEAK member and no member in an active placement' })
export class ZeroEmploymentHousehold {
  @Field(() => ID)
  id: string;

  @Field(() => Region)
  hukouRegion: Region;

  @Field(() => [HouseholdMember])
  members: HouseholdMember[];
}

@ObjectType()
export class ZeroEmploymentHouseholdConnection extends Connection(ZeroEmploymentHousehold, 'ZeroEmploymentHousehold') {}

@ArgsType()
export class ZeroEmploymentHouseholdsArgs extends PageArgs {
  @Field({ description: 'Hukou region: your jurisdiction or a region inside it' })
  @IsRegionCode()
  regionCode: string;
}
