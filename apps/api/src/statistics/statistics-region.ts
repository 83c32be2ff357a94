import type { RegionsService } from '@app/regions';
import { toRegion } from '../regions/region.mapper.js';
import { type Region, RegionLevel } from '../regions/region.type.js';

/**
 * The Region of a code in a statistics answer. Only a code outside the division tree (old data) has no entity: show
 * the code rather than fail the report.
 */
export function statisticsRegion(divisions: RegionsService): (code: string) => Region {
  return (code) => {
    const entity = divisions.find(code);
    return entity ? toRegion(entity, divisions) : { code, name: code, level: RegionLevel.COUNTY, parentCode: null, fullName: code };
  };
}
