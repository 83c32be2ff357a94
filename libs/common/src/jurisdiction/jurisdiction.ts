import { OutsideJurisdictionError } from '../errors/index.js';
import { type Actor, Role } from '../auth/actor.js';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

const REGION_CODE = /^\d{6}$/;

export function isRegionCodeShaped(code: string): boolean {
  return REGION_CODE.test(code);
}

/** GB/T 2260: `520000` is a province, `520100` a city, `520102` a county. */
export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The significant leading digits of a code: every region under it starts with them. */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return level === 'PROVINCE' ? code.slice(0, 2) : level === 'CITY' ? code.slice(0, 4) : code;
}

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

export function cityOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/**
 * The half-open range of codes under a region, for index-friendly SQL (`code >= low AND code < high`):
 * 520000 → [520000, 530000), 520100 → [520100, 520200), 520102 → [520102, 520103).
 */
export function regionCodeRange(code: string): [string, string] {
  const prefix = regionPrefix(code);
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return [prefix.padEnd(6, '0'), next.padEnd(6, '0')];
}

/** True when `code` is `area` itself or lies under it. */
export function regionWithin(code: string, area: string): boolean {
  return code.startsWith(regionPrefix(area));
}

/**
 * May this account see people and placements registered in `regionCode`?
 * ADMIN sees everything; a BUREAU sees its jurisdiction and everything under it; other roles are
 * scoped by ownership (their organisation, themselves), never by region, so they get false here.
 */
export function canSeeRegion(actor: Actor, regionCode: string): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (actor.role === Role.BUREAU && actor.regionCode) return regionWithin(regionCode, actor.regionCode);
  return false;
}

/** Refuses with OUTSIDE_JURISDICTION, which names no region: the refusal must not tell where the subject lives. */
export function assertCanSeeRegion(actor: Actor, regionCode: string): void {
  if (!canSeeRegion(actor, regionCode)) throw new OutsideJurisdictionError();
}
