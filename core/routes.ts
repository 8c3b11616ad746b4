/**
 * Addresses of the extension's own pages, one place for every part that links to them:
 * `catalogue.html#/entry/<id>` shows an entry (the popup's "open in catalogue", a card's
 * "open the full entry"), `catalogue.html#/partner/<id>` a partner, `catalogue.html#/partners`
 * every partner grouped by country (`#/partners/<country code>` scrolled to one country),
 * `catalogue.html?q=<text>` opens with a search (the context menu's "Look up in Grant Lens"),
 * and anything else the overview. Paths are relative to the extension root; the browser turns
 * them into full addresses (runtime.getURL, in services/).
 *
 * Pure: no DOM, no browser API.
 */
import { ENTRY_ID } from './entry-id';
import { COUNTRY_CODE_PATTERN } from './partner-schema';

export const CATALOGUE_PAGE = '/catalogue.html';

/** What the catalogue page shows. */
export type CatalogueView =
  | { kind: 'overview' }
  | { kind: 'entry'; id: string }
  | { kind: 'partners'; country?: string }
  | { kind: 'partner'; id: string };

export interface CatalogueRoute {
  view: CatalogueView;
  /** `?q=`: a look-up to open with (empty when there is none). */
  query: string;
}

const ENTRY_HASH_PREFIX = '#/entry/';
const PARTNER_HASH_PREFIX = '#/partner/';
const PARTNERS_HASH = '#/partners';

/** Longest query passed on; programme names are far shorter, and URLs should stay sane. */
const MAX_QUERY_LENGTH = 100;

/**
 * Reads a route from `location.hash` and `location.search`. Ids must look like ids (ENTRY_ID,
 * the one pattern for entries and partners; a two-letter code for a country), so an address
 * can never carry anything else into the page; whether the id exists is the page's business
 * (it says so). Anything unrecognised is the overview.
 */
export function parseCatalogueRoute(hash: string, search: string): CatalogueRoute {
  const query = new URLSearchParams(search).get('q') ?? '';
  return { view: parseView(hash), query };
}

function parseView(hash: string): CatalogueView {
  if (hash.startsWith(ENTRY_HASH_PREFIX)) {
    const id = hash.slice(ENTRY_HASH_PREFIX.length);
    return ENTRY_ID.test(id) ? { kind: 'entry', id } : { kind: 'overview' };
  }
  if (hash.startsWith(PARTNER_HASH_PREFIX)) {
    const id = hash.slice(PARTNER_HASH_PREFIX.length);
    return ENTRY_ID.test(id) ? { kind: 'partner', id } : { kind: 'overview' };
  }
  if (hash === PARTNERS_HASH) return { kind: 'partners' };
  if (hash.startsWith(`${PARTNERS_HASH}/`)) {
    const country = hash.slice(PARTNERS_HASH.length + 1);
    return COUNTRY_CODE_PATTERN.test(country) ? { kind: 'partners', country } : { kind: 'partners' };
  }
  return { kind: 'overview' };
}

/** In-page link to a view (the overview is `#/`). */
export function catalogueHash(view: CatalogueView): string {
  switch (view.kind) {
    case 'entry':
      return entryHash(view.id);
    case 'partner':
      return partnerHash(view.id);
    case 'partners':
      return view.country === undefined ? PARTNERS_HASH : `${PARTNERS_HASH}/${view.country}`;
    case 'overview':
      return '#/';
  }
}

/** In-page link to an entry. */
export function entryHash(id: string): string {
  return `${ENTRY_HASH_PREFIX}${id}`;
}

/** In-page link to a partner. */
export function partnerHash(id: string): string {
  return `${PARTNER_HASH_PREFIX}${id}`;
}

/** Path of the catalogue page showing an entry. */
export function catalogueEntryPath(id: string): `/catalogue.html#${string}` {
  return `${CATALOGUE_PAGE}${entryHash(id)}` as `/catalogue.html#${string}`;
}

/** Path of the catalogue page showing a partner (a card's or the popup's link to it). */
export function cataloguePartnerPath(id: string): `/catalogue.html#${string}` {
  return `${CATALOGUE_PAGE}${partnerHash(id)}` as `/catalogue.html#${string}`;
}

/** Path of the catalogue page searching for a selection: whitespace folded, trimmed, capped. */
export function catalogueSearchPath(selection: string): `/catalogue.html?${string}` {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return `${CATALOGUE_PAGE}?q=${encodeURIComponent(query)}` as `/catalogue.html?${string}`;
}
