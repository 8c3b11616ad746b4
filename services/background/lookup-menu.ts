/**
 * The context-menu item on a text selection: "Look up in Grant Lens" opens the catalogue page
 * with the selection as its query (catalogue.html?q=...). Its title follows the UI language.
 */
import { browser, type Browser } from 'wxt/browser';
import { BROWSER_STRINGS } from '../../core/browser-strings';
import { pick, resolveLang, type Lang } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import { openCatalogueSearch } from '../extension-pages';
import { browserLanguage } from '../ui-language';

export const LOOKUP_MENU_ID = 'grant-lens-lookup';

/** In core/browser-strings.ts with the browser's other words about Grant Lens (also in _locales). */
const TITLE = BROWSER_STRINGS.lookupMenuTitle;

export function lookupMenuTitle(lang: Lang): string {
  return pick(TITLE, lang);
}

export function menuLang(settings: Settings): Lang {
  return resolveLang(settings.uiLanguage, browserLanguage());
}

/** (Re)creates the menu item; menus persist, so this runs on install and update. */
export async function createLookupMenu(lang: Lang): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: lookupMenuTitle(lang), contexts: ['selection'] });
}

export async function retitleLookupMenu(lang: Lang): Promise<void> {
  await browser.contextMenus.update(LOOKUP_MENU_ID, { title: lookupMenuTitle(lang) });
}

export async function onLookupMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText?.trim()) return;
  // Open beside the page the user was reading.
  await openCatalogueSearch(info.selectionText, tab);
}
