import { type Actor, Role } from '../auth/actor.js';
import { canSeeRegion, provinceOf, regionCodeRange, regionLevel, regionPrefix, regionWithin } from './jurisdiction.js';

const bureau = (regionCode: string): Actor => ({
  accountId: 'a',
  username: 'b',
  role: Role.BUREAU,
  regionCode,
  organizationId: null,
  workerId: null,
});

describe('jurisdiction', () => {
  it('reads the level of a GB/T 2260 code', () => {
    expect(regionLevel('520000')).toBe('PROVINCE');
    expect(regionLevel('520100')).toBe('CITY');
    expect(regionLevel('520102')).toBe('COUNTY');
    expect(regionPrefix('520100')).toBe('5201');
    expect(provinceOf('520102')).toBe('520000');
  });

  it('places counties under their city and province, not under siblings', () => {
    expect(regionWithin('520102', '520000')).toBe(true);
    expect(regionWithin('520102', '520100')).toBe(true);
    expect(regionWithin('520102', '520102')).toBe(true);
    expect(regionWithin('520103', '520102')).toBe(false);
    expect(regionWithin('530102', '520000')).toBe(false);
    expect(regionWithin('520000', '520100')).toBe(false);
  });

  it('lets a province bureau see everything in the province', () => {
    expect(canSeeRegion(bureau('520000'), '522701')).toBe(true);
    expect(canSeeRegion(bureau('520000'), '530102')).toBe(false);
  });

  it('keeps a county bureau out of its sibling counties and its parent city', () => {
    const county = bureau('520102');
    expect(canSeeRegion(county, '520102')).toBe(true);
    expect(canSeeRegion(county, '520103')).toBe(false);
    expect(canSeeRegion(county, '520100')).toBe(false);
  });

  it('gives the half-open code range under a region', () => {
    expect(regionCodeRange('520000')).toEqual(['520000', '530000']);
    expect(regionCodeRange('520100')).toEqual(['520100', '520200']);
    expect(regionCodeRange('520102')).toEqual(['520102', '520103']);
    expect(regionCodeRange('659000')).toEqual(['659000', '659100']);
  });

  it('lets ADMIN see everything and gives other roles no regional view', () => {
    expect(canSeeRegion({ ...bureau('520102'), role: Role.ADMIN }, '110101')).toBe(true);
    expect(canSeeRegion({ ...bureau('520102'), role: Role.EMPLOYER }, '520102')).toBe(false);
    expect(canSeeRegion({ ...bureau(null as unknown as string) }, '520102')).toBe(false);
  });
});
