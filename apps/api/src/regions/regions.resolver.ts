import { Args, Query, Resolver } from '@nestjs/graphql';
import { FieldReason, invalidField, Public } from '@app/common';
import { RegionsService } from '@app/regions';
import { toRegion } from './region.mapper.js';
import { Region } from './region.type.js';

const SHAPE = /^\d{6}$/;

@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly divisions: RegionsService) {}

  @Public()
  @Query(() => Region, { nullable: true, description: 'One region by code; null when the code is well-formed but unknown' })
  region(@Args('code') code: string): Region | null {
    if (!SHAPE.test(code)) throw invalidField('code', FieldReason.REGION_CODE);
    const found = this.divisions.find(code);
    return found ? toRegion(found, this.divisions) : null;
  }

  @Public()
  @Query(() => [Region], { description: 'Provinces when parentCode is omitted, else the direct children of parentCode' })
  regions(@Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null): Region[] {
    if (parentCode) this.divisions.require(parentCode, 'parentCode');
    return this.divisions.children(parentCode ?? null).map((r) => toRegion(r, this.divisions));
  }
}
