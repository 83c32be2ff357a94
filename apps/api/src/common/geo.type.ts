import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude, Max, Min } from 'class-validator';

/** Latitude and longitude (WGS-84). Inputs must lie inside a box around China, which catches swapped coordinates. */
@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float)
  @IsLatitude() @Min(3, { message: 'lat must lie inside China (3 to 54)' }) @Max(54, { message: 'lat must lie inside China (3 to 54)' })
  lat: number;

  @Field(() => Float)
  @IsLongitude() @Min(73, { message: 'lng must lie inside China (73 to 136)' }) @Max(136, { message: 'lng must lie inside China (73 to 136)' })
  lng: number;
}

@ObjectType()
export class GeoPoint {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}
