/**
 * The catalogue page's addresses (core/routes.ts): every view reads back from the link that
 * names it, ids that are not ids fall back to the overview, and the paths the popup, the card
 * and the context menu open.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogueEntryPath,
  catalogueHash,
  cataloguePartnerPath,
  catalogueSearchPath,
  entryHash,
  parseCatalogueRoute,
  partnerHash,
  type CatalogueView,
} from '../../core/routes';

describe('parseCatalogueRoute', () => {
  it('reads an entry, a partner, the partners view and a country from the hash', () => {
    expect(parseCatalogueRoute('#/entry/nsfc-key', '')).toEqual({ view: { kind: 'entry', id: 'nsfc-key' }, query: '' });
    expect(parseCatalogueRoute('#/partner/dfg', '').view).toEqual({ kind: 'partner', id: 'dfg' });
    expect(parseCatalogueRoute('#/partner/nrf-za', '').view).toEqual({ kind: 'partner', id: 'nrf-za' });
    expect(parseCatalogueRoute('#/partners', '').view).toEqual({ kind: 'partners' });
    expect(parseCatalogueRoute('#/partners/de', '').view).toEqual({ kind: 'partners', country: 'de' });
  });

  it('reads a look-up from ?q= beside any view', () => {
    expect(parseCatalogueRoute('', '?q=%E9%87%8D%E7%82%B9')).toEqual({ view: { kind: 'overview' }, query: '重点' });
    expect(parseCatalogueRoute('#/partner/dfg', '?q=DFG')).toEqual({ view: { kind: 'partner', id: 'dfg' }, query: 'DFG' });
  });

  it('shows the overview for an empty, unknown or malformed address', () => {
    for (const hash of ['', '#', '#/', '#/elsewhere', '#/entry/Bad Id', '#/entry/', '#/partner/DFG', '#/partner/a/b', '#/partner/javascript:x']) {
      expect(parseCatalogueRoute(hash, '?x=1'), hash).toEqual({ view: { kind: 'overview' }, query: '' });
    }
    // A country that is not a two-letter code still opens the partners view, unscrolled.
    expect(parseCatalogueRoute('#/partners/germany', '').view).toEqual({ kind: 'partners' });
  });
});

describe('catalogueHash', () => {
  it('writes each view as the link that reads back to it', () => {
    const views: CatalogueView[] = [
      { kind: 'overview' },
      { kind: 'entry', id: 'most-intergov' },
      { kind: 'partner', id: 'dfg' },
      { kind: 'partners' },
      { kind: 'partners', country: 'nz' },
    ];
    for (const view of views) expect(parseCatalogueRoute(catalogueHash(view), '').view).toEqual(view);
    expect(views.map(catalogueHash)).toEqual(['#/', '#/entry/most-intergov', '#/partner/dfg', '#/partners', '#/partners/nz']);
    expect(entryHash('nsfc-key')).toBe('#/entry/nsfc-key');
    expect(partnerHash('dfg')).toBe('#/partner/dfg');
  });
});

describe('extension page paths', () => {
  it('writes the deep links the popup and the card open', () => {
    expect(catalogueEntryPath('nsfc-key')).toBe('/catalogue.html#/entry/nsfc-key');
    expect(cataloguePartnerPath('dfg')).toBe('/catalogue.html#/partner/dfg');
  });

  it('writes a look-up with the selection folded, trimmed and capped', () => {
    expect(catalogueSearchPath('  重点\n国际  ')).toBe(`/catalogue.html?q=${encodeURIComponent('重点 国际')}`);
    expect(decodeURIComponent(catalogueSearchPath('x'.repeat(300)).split('=')[1]!)).toHaveLength(100);
  });
});
