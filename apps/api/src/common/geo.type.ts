import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude, Max, Min } from 'class-validator';
import { FieldReason } from '@app/common';

/** Latitude and longitude (WGS-84). Inputs must lie inside a box around China, which catches swapped coordinates. */
@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float)
  @IsLatitude({ message: FieldReason.LATITUDE_IN_CHINA })
  @Min(3, { message: FieldReason.LATITUDE_IN_CHINA })
  @Max(54, { message: FieldReason.LATITUDE_IN_CHINA })
  lat: number;

  @Field(() => Float)
  @IsLongitude({ message: FieldReason.LONGITUDE_IN_CHINA })
  @Min(73, { message: FieldReason.LONGITUDE_IN_CHINA })
  @Max(136, { message: FieldReason.LONGITUDE_IN_CHINA })
  lng: number;
}

@ObjectType()
export class GeoPoint {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}
