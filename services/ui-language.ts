/**
 * The browser's language, for the "auto" language setting (core/i18n.ts resolveLang). One way
 * everywhere: the browser's UI language, the one Chrome and Firefox also use to pick the
 * manifest's `_locales` strings. The popup, options and catalogue pages once asked
 * `navigator.language` (the page's preferred content language) and the background
 * `i18n.getUILanguage()`, so a browser in English with Chinese content preferred showed a
 * Chinese popup beside an English context menu.
 */
import { browser } from 'wxt/browser';

export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}
