import { type FieldCatalogue, type FieldProblem, fieldProblem } from '../errors/index.js';

/** Text that displays as nothing, or in another order than it is stored. */
export enum TextFieldReason {
  INVISIBLE_TEXT = 'INVISIBLE_TEXT',
  BIDI_CONTROL = 'BIDI_CONTROL',
}

export const TEXT_FIELD_MESSAGES: FieldCatalogue<TextFieldReason> = {
  INVISIBLE_TEXT: {
    zh: '不能只由空白或看不见的字符（零宽空格、全角空格、BOM 等）组成',
    en: '{field} must contain visible characters, not only blank or invisible ones (zero-width spaces, ideographic spaces, BOM …)',
  },
  BIDI_CONTROL: {
    zh: '不能包含双向文字控制字符（U+202A–U+202E、U+2066–U+2069），它们会让文字显示的顺序与实际内容不同',
    en: '{field} must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they make text display in another order than it is written',
  },
};

/** Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The marks U+200E/U+200F stay allowed. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Every space and line break (U+3000 ideographic space, U+00A0 …), control and format character (zero-width space and joiners, BOM, word joiner, soft hyphen, tags …). */
const BLANK_OR_FORMAT = /^[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]$/u;

/** Further code points that show nothing: combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian free variation selectors, braille blank, variation selectors. */
const BLANK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
];

function invisible(char: string): boolean {
  if (BLANK_OR_FORMAT.test(char)) return true;
  const code = char.codePointAt(0) ?? 0;
  return BLANK_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** Nothing in the text shows: `·` (U+00B7) and the other visible punctuation do. */
function invisibleOnly(value: string): boolean {
  for (const char of value) if (!invisible(char)) return false;
  return value.length > 0;
}

/** Only spaces, tabs and line breaks: the domain rules trim these and answer with their own reason (NAME_REQUIRED …). */
const ASCII_BLANK = /^[ \t\r\n]*$/;

/** The hygiene problem of one string, or undefined when it is clean. */
export function textProblem(field: string, value: string): FieldProblem | undefined {
  if (BIDI_CONTROL.test(value)) return fieldProblem(field, TEXT_FIELD_MESSAGES, TextFieldReason.BIDI_CONTROL);
  if (!ASCII_BLANK.test(value) && invisibleOnly(value)) return fieldProblem(field, TEXT_FIELD_MESSAGES, TextFieldReason.INVISIBLE_TEXT);
  return undefined;
}

/**
 * One rule for every string a caller sends (titles, names, group details, notes, list items, JSON values): nothing
 * made only of invisible characters, no bidirectional controls. Walks the input as sent, naming each failing string
 * the way class-validator names fields (`title`, `location.name`, `skills.0`; a scalar argument by its own name).
 * Uploaded bytes are never walked.
 */
export function textHygieneProblems(value: unknown, path: string, seen = new Set<unknown>()): FieldProblem[] {
  if (typeof value === 'string') {
    const problem = textProblem(path || 'input', value);
    return problem ? [problem] : [];
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof ArrayBuffer || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => textHygieneProblems(item, path ? `${path}.${key}` : key, seen));
}
