import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import type { NameRef } from '../../core/types';
import { cardContent } from '../../ui/card-content';

const ref = (entryId: string, text = 'RFIS'): NameRef => ({ entryId, text, lang: 'en', role: 'abbreviation' });

describe('cardContent: what a mention’s card shows', () => {
  it('shows the first candidate with its family path', () => {
    const content = cardContent(bundledCatalogue, { refs: [ref('nsfc-rfis-young')], range: document.createRange() });
    expect(content?.shown.entry.id).toBe('nsfc-rfis-young');
    expect(content?.shown.path.map((e) => e.id)).toEqual(['nsfc-intl', 'nsfc-rfis']);
    expect(content?.nameRef.text).toBe('RFIS');
    expect(content?.alternatives).toEqual([]);
  });

  it('lists the other programmes an ambiguous form may name, once each', () => {
    const content = cardContent(bundledCatalogue, {
      refs: [ref('nsfc-rfis'), ref('nsfc-rfis-young'), ref('nsfc-rfis-young'), ref('nsfc-rfis')],
      range: document.createRange(),
    });
    expect(content?.shown.entry.id).toBe('nsfc-rfis');
    expect(content?.alternatives.map((e) => e.id)).toEqual(['nsfc-rfis-young']);
  });

  it('shows no card for an id the catalogue does not have (a stale page script)', () => {
    expect(cardContent(bundledCatalogue, { refs: [ref('no-such-entry')], range: document.createRange() })).toBeNull();
    expect(cardContent(bundledCatalogue, { refs: [], range: document.createRange() })).toBeNull();
  });

  it('a partner call shows its programme; a partner named alone has no programme card (its card is the partner section’s)', () => {
    const [call, alone] = createBundledRecognizer().find('中德（NSFC-DFG）合作研究项目；德国研究联合会');
    const content = cardContent(bundledCatalogue, { refs: call!.refs, range: document.createRange() });
    expect(content?.shown.entry.id).toBe('nsfc-org-research');
    expect(call!.partners!.map((p) => p.partnerId)).toEqual(['dfg']);
    expect(alone!.refs).toEqual([]);
    expect(cardContent(bundledCatalogue, { refs: alone!.refs, range: document.createRange() })).toBeNull();
  });
});
