/**
 * Opening the extension's own pages in a tab: the catalogue at an entry (the popup's "open in
 * catalogue", a card's "open the full entry") or with a search (the context menu). Addresses
 * come from core/routes.ts. A tab opened from a page goes beside it.
 */
import { browser, type Browser } from 'wxt/browser';
import { CATALOGUE_PAGE, catalogueEntryPath, catalogueHash, catalogueSearchPath, type CatalogueView } from '../core/routes';

/** The tab the user was reading, if any: the new tab opens next to it. */
type Beside = Pick<Browser.tabs.Tab, 'id' | 'index'> | undefined;

export async function openCatalogueEntry(id: string, beside?: Beside): Promise<void> {
  await openBeside(browser.runtime.getURL(catalogueEntryPath(id)), beside);
}

/** The catalogue page at any of its views (the popup's "open in catalogue" for an entry or a partner). */
export async function openCatalogueView(view: CatalogueView, beside?: Beside): Promise<void> {
  await openBeside(browser.runtime.getURL(`${CATALOGUE_PAGE}${catalogueHash(view)}` as `/catalogue.html#${string}`), beside);
}

export async function openCatalogueSearch(selection: string, beside?: Beside): Promise<void> {
  await openBeside(catalogueSearchUrl(selection), beside);
}

/** The catalogue page's full address for a search. */
export function catalogueSearchUrl(selection: string): string {
  return browser.runtime.getURL(catalogueSearchPath(selection));
}

async function openBeside(url: string, beside: Beside): Promise<void> {
  await browser.tabs.create({
    url,
    ...(beside?.index !== undefined ? { index: beside.index + 1 } : {}),
    ...(beside?.id !== undefined ? { openerTabId: beside.id } : {}),
  });
}
