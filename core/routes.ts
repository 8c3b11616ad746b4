/**
 * Addresses of the extension's own pages, one place for every part that links to them:
 * `catalogue.html#/entry/<id>` shows an entry (the popup's "open in catalogue", a card's
 * "open the full entry"), `catalogue.html?q=<text>` opens with a search (the context menu's
 * "Look up in Grant Lens"). Paths are relative to the extension root; the browser turns them
 * into full addresses (runtime.getURL, in services/).
 *
 * Pure: no DOM, no browser API.
 */
import { ENTRY_ID } from './schema';

export const CATALOGUE_PAGE = '/catalogue.html';

export interface CatalogueRoute {
  entryId?: string;
  query: string;
}

const ENTRY_HASH_PREFIX = '#/entry/';

/** Longest query passed on; programme names are far shorter, and URLs should stay sane. */
const MAX_QUERY_LENGTH = 100;

/** Reads a route from `location.hash` and `location.search`; anything else is the home view. */
export function parseCatalogueRoute(hash: string, search: string): CatalogueRoute {
  const id = hash.startsWith(ENTRY_HASH_PREFIX) ? hash.slice(ENTRY_HASH_PREFIX.length) : '';
  const query = new URLSearchParams(search).get('q') ?? '';
  return { entryId: ENTRY_ID.test(id) ? id : undefined, query };
}

/** In-page link to an entry. */
export function entryHash(id: string): string {
  return `${ENTRY_HASH_PREFIX}${id}`;
}

/** Path of the catalogue page showing an entry. */
export function catalogueEntryPath(id: string): `/catalogue.html#${string}` {
  return `${CATALOGUE_PAGE}${entryHash(id)}` as `/catalogue.html#${string}`;
}

/** Path of the catalogue page searching for a selection: whitespace folded, trimmed, capped. */
export function catalogueSearchPath(selection: string): `/catalogue.html?${string}` {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return `${CATALOGUE_PAGE}?q=${encodeURIComponent(query)}` as `/catalogue.html?${string}`;
}
