import type { RegionEntity, RegionsService } from '@app/regions';
import { Region, RegionLevel } from './region.type.js';

export function toRegion(entity: RegionEntity, regions: RegionsService): Region {
  return {
    code: entity.code,
    name: entity.name,
    level: entity.level as RegionLevel,
    parentCode: entity.parentCode,
    fullName: regions.fullName(entity.code),
  };
}
