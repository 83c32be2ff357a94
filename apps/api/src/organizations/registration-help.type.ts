import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganizationEntity } from '@app/organizations';
import { Region } from '../regions/region.type.js';
import { OrganizationKind } from './organization-kind.enum.js';

@ObjectType({ description: 'A verified agency that registers job seekers: its name and published contact, nothing else' })
export class RegistrationAgency {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind, { description: 'LABOR_AGENCY, HR_AGENCY, LABOR_COOPERATIVE or INDIVIDUAL_BROKER' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Published business phone, when the agency gave one' })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Published address, when the agency gave one' })
  address: string | null;
}

@ObjectType({
  description: 'Where a person without an account registers: the county bureau (人社局) of the county, or one of its verified agencies',
})
export class RegistrationHelp {
  @Field(() => Region, { description: 'The county, e.g. 惠水县 (请到 {county.name} 人社局 或下列机构登记)' })
  county: Region;

  @Field(() => [RegistrationAgency], {
    description: 'Verified agencies (LABOR_AGENCY, HR_AGENCY, LABOR_COOPERATIVE, INDIVIDUAL_BROKER) located in the county, by name; at most agencyLimit',
  })
  agencies: RegistrationAgency[];

  @Field(() => Int, { description: 'The most agencies one answer lists (50)' })
  agencyLimit: number;
}

export function toRegistrationAgency(entity: OrganizationEntity): RegistrationAgency {
  return { id: entity.id, name: entity.name, kind: entity.kind, contactPhone: entity.contactPhone, address: entity.address };
}
