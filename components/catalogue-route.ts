/**
 * Addresses of the catalogue page: `catalogue.html#/entry/<id>` shows an entry (deep links
 * from the popup), `catalogue.html?q=<text>` opens with a search (the context menu's
 * "Look up in Grant Lens").
 */

export interface CatalogueRoute {
  entryId?: string;
  query: string;
}

const ENTRY_HASH = /^#\/entry\/([a-z][a-z0-9-]*)$/;

/** Reads a route from `location.hash` and `location.search`; anything else is the home view. */
export function parseCatalogueRoute(hash: string, search: string): CatalogueRoute {
  const match = ENTRY_HASH.exec(hash);
  const query = new URLSearchParams(search).get('q') ?? '';
  return { entryId: match?.[1], query };
}

/** In-page link to an entry. */
export function entryHash(id: string): string {
  return `#/entry/${id}`;
}

/** Path of the catalogue page showing an entry, relative to the extension root. */
export function catalogueEntryPath(id: string): `/catalogue.html#${string}` {
  return `/catalogue.html${entryHash(id)}` as `/catalogue.html#${string}`;
}
