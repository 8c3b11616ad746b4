/**
 * The words the browser itself shows for Grant Lens, outside the extension's own pages: the
 * name and description (extension list, stores), the toolbar button's tooltip, the keyboard
 * commands (shortcuts page) and the context-menu item.
 *
 * One source for two readers:
 * - the manifest (wxt.config.ts) names them as `__MSG_key__`, and the build writes them into
 *   `_locales/en/messages.json` and `_locales/zh_CN/messages.json` (`localeFiles` below), so the
 *   browser shows them in its own language;
 * - the background reads them here with `pick` where it shows them itself (the context-menu
 *   title), because it follows the user's language setting, which `i18n.getMessage` cannot:
 *   that always answers in the browser's locale.
 *
 * Pure: no browser API.
 */
import type { Lang } from './i18n';

interface BrowserString {
  en: string;
  zh: string;
  /** For translators: where the browser shows it (written as the message's description). */
  where: string;
}

export const BROWSER_STRINGS = {
  extensionName: {
    en: 'Grant Lens',
    zh: 'Grant Lens · 国际科技合作资助项目速查',
    where: "The extension's name: extension list, toolbar menu, store listing (at most 75 characters).",
  },
  extensionDescription: {
    en: "Recognises China's international S&T cooperation funding programmes (MOST, NSFC) on grant portals and explains them.",
    zh: '在基金申报网站上识别中国国际科技合作资助项目（科技部、国家自然科学基金委），并给出解释。',
    where: "The extension's description: extension list and store listing (at most 132 characters).",
  },
  actionTitle: {
    en: 'Grant Lens: search the programmes, see what this page mentions',
    zh: 'Grant Lens：查询项目，查看本页提到的项目',
    where: "The toolbar button's tooltip.",
  },
  nextMentionCommand: {
    en: 'Next programme mention on the page (show its card)',
    zh: '本页下一处项目名称（显示其卡片）',
    where: 'Keyboard shortcuts page: the "next mention" command.',
  },
  previousMentionCommand: {
    en: 'Previous programme mention on the page (show its card)',
    zh: '本页上一处项目名称（显示其卡片）',
    where: 'Keyboard shortcuts page: the "previous mention" command.',
  },
  lookupMenuTitle: {
    en: 'Look up in Grant Lens',
    zh: '在 Grant Lens 中查询',
    where: 'Context menu on selected text (the background sets it in the language chosen in the settings).',
  },
} as const satisfies Record<string, BrowserString>;

export type BrowserStringKey = keyof typeof BROWSER_STRINGS;

/** How the manifest names a string; the browser replaces it from `_locales` in its own locale. */
export function manifestMessage(key: BrowserStringKey): `__MSG_${BrowserStringKey}__` {
  return `__MSG_${key}__`;
}

/**
 * The browser's locale folder for each UI language. Chrome knows `zh_CN` and `zh_TW`, not a bare
 * `zh`; our Chinese is Simplified, so `zh_CN`. (A zh-TW browser falls back to the default, `en`.)
 */
export const LOCALE_FOLDERS: Record<Lang, string> = { en: 'en', zh: 'zh_CN' };

/** The manifest's `default_locale`: required once a manifest uses `__MSG_…__`. */
export const DEFAULT_LOCALE = LOCALE_FOLDERS.en;

export interface LocaleMessage {
  message: string;
  description: string;
}

/** `$` starts a placeholder in an extension message (`$name$`, `$1`); a literal one is `$$`. */
export function escapeMessage(text: string): string {
  return text.replaceAll('$', '$$$$');
}

/** One language's messages.json content. */
export function localeMessages(lang: Lang): Record<BrowserStringKey, LocaleMessage> {
  const entries = Object.entries(BROWSER_STRINGS).map(([key, text]) => [
    key,
    { message: escapeMessage(text[lang]), description: text.where },
  ]);
  return Object.fromEntries(entries) as Record<BrowserStringKey, LocaleMessage>;
}

/** The `_locales` files of the build: path inside the extension, and JSON text. */
export function localeFiles(): { path: string; contents: string }[] {
  return (Object.keys(LOCALE_FOLDERS) as Lang[]).map((lang) => ({
    path: `_locales/${LOCALE_FOLDERS[lang]}/messages.json`,
    contents: `${JSON.stringify(localeMessages(lang), null, 2)}\n`,
  }));
}
