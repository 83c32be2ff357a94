import type { Settings } from 'meilisearch';

/** Lists whose order means something; every other list is compared as a set. */
const ORDERED = new Set(['searchableAttributes', 'rankingRules']);

function canonical(value: unknown, ordered: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, false));
    return ordered ? items : [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, false)]));
  }
  return value;
}

/**
 * True when every setting we declare already holds on the index. Meilisearch returns settings normalised (lists
 * sorted, defaults filled in), so each declared value is compared with the same key of the current settings only.
 */
export function settingsMatch(current: Settings, desired: Settings): boolean {
  for (const [key, value] of Object.entries(desired)) {
    const have = (current as Record<string, unknown>)[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && have && typeof have === 'object' && !Array.isArray(have)) {
      // Nested objects (typoTolerance, faceting): only the sub-keys we set.
      if (!settingsMatch(have, value as Settings)) return false;
      continue;
    }
    if (JSON.stringify(canonical(have, ORDERED.has(key))) !== JSON.stringify(canonical(value, ORDERED.has(key)))) return false;
  }
  return true;
}
