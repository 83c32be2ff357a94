import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}
registerEnumType(RegionLevel, { name: 'RegionLevel' });

@ObjectType({ description: 'A GB/T 2260 division: province, city or county' })
export class Region {
  @Field({ description: 'Six-digit GB/T 2260 code, e.g. 520102' })
  code: string;

  @Field()
  name: string;

  @Field(() => RegionLevel)
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field({ description: 'Name with its ancestors, e.g. 贵州省 贵阳市 南明区' })
  fullName: string;
}
