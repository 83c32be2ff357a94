import { POSTING_INDEX_SETTINGS } from './posting-index-settings.js';
import { settingsMatch } from './same-settings.js';

describe('settingsMatch', () => {
  it('accepts the settings as Meilisearch returns them (sorted lists, defaults filled in)', () => {
    const returned = {
      ...POSTING_INDEX_SETTINGS,
      filterableAttributes: [...(POSTING_INDEX_SETTINGS.filterableAttributes ?? [])].reverse(),
      typoTolerance: { ...POSTING_INDEX_SETTINGS.typoTolerance, disableOnWords: [], disableOnAttributes: ['titleInitials', 'laborBrandInitials'].sort() },
      stopWords: [],
    };
    expect(settingsMatch(returned, POSTING_INDEX_SETTINGS)).toBe(true);
  });

  it('notices a changed order of searchable attributes, a missing synonym or another limit', () => {
    const searchable = [...(POSTING_INDEX_SETTINGS.searchableAttributes as string[])].reverse();
    expect(settingsMatch({ ...POSTING_INDEX_SETTINGS, searchableAttributes: searchable }, POSTING_INDEX_SETTINGS)).toBe(false);
    expect(settingsMatch({ ...POSTING_INDEX_SETTINGS, synonyms: {} }, POSTING_INDEX_SETTINGS)).toBe(false);
    expect(settingsMatch({ ...POSTING_INDEX_SETTINGS, pagination: { maxTotalHits: 1 } }, POSTING_INDEX_SETTINGS)).toBe(false);
  });
});
