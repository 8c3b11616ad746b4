/**
 * UI language: the two languages the extension speaks, and how to choose between them.
 * Each component keeps its own small bilingual string table beside it and calls `pick`;
 * there is deliberately no central dictionary.
 *
 * Pure: no DOM, no browser API (callers pass the browser's language in: services/ui-language.ts).
 */

export type Lang = 'zh' | 'en';

/** The user's choice as stored in settings: follow the browser, or a fixed language. */
export type LangSetting = 'auto' | 'zh' | 'en';

/** `auto` follows the browser: any Chinese locale (zh, zh-CN, zh-Hant-TW, ...) → zh, else en. */
export function resolveLang(setting: LangSetting, browserLanguage: string): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return /^zh\b/i.test(browserLanguage.trim()) ? 'zh' : 'en';
}

/** The text of a bilingual pair in the given language. */
export function pick<T>(bilingual: { zh: T; en: T }, lang: Lang): T {
  return bilingual[lang];
}

/** The other language (for showing a name in both, preferred first). */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
