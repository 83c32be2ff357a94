import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Toneless full pinyin words, e.g. 扬州修脚师 → yangzhouxiujiaoshi, xiujiaoshi, jiaoshi, zhouxiujiaoshi... */
  full: string[];
  /** The same words as initials: yzxjs, xjs, js... */
  initials: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** Enough syllables for any job word; longer keys only cost index space, since the last query word is prefix-matched. */
const MAX_SYLLABLES = 8;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Pinyin words for Latin-keyboard search. Meilisearch prefix-matches the last word of a query, so a key starting at
 * every character lets `xiujiao` and `xjs` find 修脚师 inside 扬州修脚师; the dictionary words of the text (ICU's
 * segmenter) add whole-word keys such as `guangdong`, which an earlier query word must match exactly. Single
 * characters are left out: one syllable or one initial would match half the index.
 */
export function pinyinKeys(text: string): PinyinKeys {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length < 2) continue;
    // Whole-run conversion picks the reading of polyphonic characters from their context (长期 chang, 厂长 zhang).
    const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
    if (syllables.length !== chars.length) continue;
    for (let start = 0; start <= chars.length - 2; start++) {
      const end = Math.min(chars.length, start + MAX_SYLLABLES);
      full.add(syllables.slice(start, end).join(''));
      initials.add(
        syllables
          .slice(start, end)
          .map((s) => s[0])
          .join(''),
      );
    }
    let offset = 0;
    for (const { segment, isWordLike } of words.segment(run)) {
      const length = [...segment].length;
      if (isWordLike && length >= 2) full.add(syllables.slice(offset, offset + length).join(''));
      offset += length;
    }
  }
  return { full: [...full], initials: [...initials] };
}
