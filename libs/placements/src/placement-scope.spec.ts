import { PlacementScope } from './placement-enums.js';
import { placementScope } from './placement-scope.js';

describe('placementScope', () => {
  it('is SAME_COUNTY inside the hukou county', () => {
    expect(placementScope('522731', '522731')).toBe(PlacementScope.SAME_COUNTY);
  });

  it('is OTHER_COUNTY_SAME_PROVINCE for another county of Guizhou, even in another city', () => {
    expect(placementScope('522731', '520102')).toBe(PlacementScope.OTHER_COUNTY_SAME_PROVINCE);
    expect(placementScope('522731', '522701')).toBe(PlacementScope.OTHER_COUNTY_SAME_PROVINCE);
  });

  it('is OTHER_PROVINCE for Guangdong or Zhejiang', () => {
    expect(placementScope('522731', '440306')).toBe(PlacementScope.OTHER_PROVINCE);
    expect(placementScope('530102', '330102')).toBe(PlacementScope.OTHER_PROVINCE);
  });
});
