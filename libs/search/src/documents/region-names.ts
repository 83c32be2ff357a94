/**
 * People type 广东, 深圳, 宝安 more often than 广东省, 深圳市, 宝安区, and the Chinese tokenizer does not always split
 * the suffix off: the short form is indexed beside the official name. Longest suffixes first.
 */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '林区',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '盟',
  '旗',
];

export function shortRegionName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix)) {
      const short = name.slice(0, -suffix.length);
      // 沙县 → 沙 would match every 沙 in the index; keep one-character stems whole.
      return [...short].length >= 2 ? short : name;
    }
  }
  return name;
}

/** Every name of every level, official and short, without repeats (市辖区 carries no meaning and is dropped). */
export function regionSearchNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (name === '市辖区' || name === '县') continue;
    out.add(name);
    out.add(shortRegionName(name));
  }
  return [...out];
}
