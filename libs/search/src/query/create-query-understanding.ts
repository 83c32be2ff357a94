import { pinyin } from 'pinyin-pro';
import { vocabulary } from '../vocabulary/vocabulary.js';
import { type NamedRegion, QueryUnderstanding } from './understand-query.js';

/**
 * The query understanding the search service runs, over the given region tree: the shipped vocabulary, and pinyin of
 * Chinese words for matching typed pinyin. The benchmark's raw side builds the same one, so both sides search alike.
 */
export function createQueryUnderstanding(regions: readonly NamedRegion[]): QueryUnderstanding {
  return new QueryUnderstanding(vocabulary(), [...regions], (word) =>
    /^\p{Script=Han}+$/u.test(word) ? pinyin(word, { toneType: 'none', type: 'array', v: true }).join('') : null,
  );
}
