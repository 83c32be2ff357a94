import { provinceOf } from '@app/common';
import { PlacementScope } from './placement-enums.js';

/** 县内 / 省内县外 / 省外, from the worker's hukou county and the workplace county. */
export function placementScope(hukouCounty: string, workCounty: string): PlacementScope {
  if (hukouCounty === workCounty) return PlacementScope.SAME_COUNTY;
  if (provinceOf(hukouCounty) === provinceOf(workCounty)) return PlacementScope.OTHER_COUNTY_SAME_PROVINCE;
  return PlacementScope.OTHER_PROVINCE;
}
