import { AsyncLocalStorage } from 'node:async_hooks';

/** The languages every message exists in: Simplified Chinese for our users, English on request (and for logs). */
export type Language = 'zh' | 'en';
export const DEFAULT_LANGUAGE: Language = 'zh';

/** A message in every language; `{name}` stands for a parameter. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A rendered message, parameters filled in, in every language (chosen when the answer is written). */
export type LocalizedText = Message;

/** Parameter values: the same in every language, or one per language (a role's name). */
export type MessageParams = Readonly<Record<string, string | number | LocalizedText>>;

export function render(message: Message, params: MessageParams = {}): LocalizedText {
  const fill = (template: string, language: Language) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { zh: fill(message.zh, 'zh'), en: fill(message.en, 'en') };
}

const requestLanguage = new AsyncLocalStorage<Language>();

/** Runs `work` with the language of one request (set once per request by the API's middleware). */
export function withLanguage<T>(language: Language, work: () => T): T {
  return requestLanguage.run(language, work);
}

/** The language of the request being served; Chinese outside a request (the CLI sets its own). */
export function currentLanguage(): Language {
  return requestLanguage.getStore() ?? DEFAULT_LANGUAGE;
}

export function localize(text: LocalizedText, language: Language = currentLanguage()): string {
  return text[language];
}

/**
 * The language an `Accept-Language` header asks for: English when English is preferred over Chinese (by order and
 * q-value), Chinese otherwise. `en`, `en-US,en;q=0.9` → en; `zh-CN,en;q=0.8`, `fr`, nothing → zh.
 */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...options] = part.trim().toLowerCase().split(';');
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    const language: Language | undefined = tag === 'en' || tag.startsWith('en-') ? 'en' : tag === 'zh' || tag.startsWith('zh-') ? 'zh' : undefined;
    if (language && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
