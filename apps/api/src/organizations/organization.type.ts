import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import type { OrganizationEntity } from '@app/organizations';
import { GeoPoint } from '../common/geo.type.js';
import { OrganizationKind } from './organization-kind.enum.js';

@ObjectType()
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码); null for an INDIVIDUAL_BROKER (a person)' })
  creditCode: string | null;

  @Field()
  regionCode: string;

  @Field({ description: 'Small or micro enterprise (matters for the absorption subsidy)' })
  smallOrMicro: boolean;

  @Field(() => GeoPoint, { nullable: true })
  location: GeoPoint | null;

  @Field(() => String, { nullable: true, description: 'Published business phone (digits and dashes), shown to job seekers' })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Published address (地址), shown to job seekers' })
  address: string | null;

  @Field({ description: 'Certified by the bureau of its region' })
  verified: boolean;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Field({ description: 'When the organisation signed up (or was entered): the 待认定机构 queue is worked oldest first' })
  registeredAt: Date;
}

export function toOrganization(entity: OrganizationEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    creditCode: entity.creditCode,
    regionCode: entity.regionCode,
    smallOrMicro: entity.smallOrMicro,
    location: entity.lat !== null && entity.lng !== null ? { lat: entity.lat, lng: entity.lng } : null,
    contactPhone: entity.contactPhone,
    address: entity.address,
    verified: entity.verifiedAt !== null,
    verifiedAt: entity.verifiedAt,
    registeredAt: entity.createdAt,
  };
}

@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
