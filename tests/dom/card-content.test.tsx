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

  it('a partner call shows its programme and its partner; a partner named alone gets a partner card', () => {
    const [call, alone] = createBundledRecognizer().find('中德（NSFC-DFG）合作研究项目；德国研究联合会');
    const content = cardContent(bundledCatalogue, { refs: call!.refs, partners: call!.partners, range: document.createRange() });
    expect(content && 'shown' in content && content.shown.entry.id).toBe('nsfc-org-research');
    expect(content && 'shown' in content && content.partners?.partners.map((p) => p.id)).toEqual(['dfg']);
    expect(alone!.refs).toEqual([]);
    const partnerCard = cardContent(bundledCatalogue, { refs: alone!.refs, partners: alone!.partners, range: document.createRange() });
    expect(partnerCard && 'partnerOnly' in partnerCard && partnerCard.partnerOnly.partners.map((p) => p.id)).toEqual(['dfg']);
  });

  it('an ambiguous 中瑞 call carries both partners, in the mention’s order', () => {
    const [call] = createBundledRecognizer().find('中瑞合作研究项目');
    const content = cardContent(bundledCatalogue, { refs: call!.refs, partners: call!.partners, range: document.createRange() });
    expect(content && 'shown' in content && content.partners?.partners.map((p) => p.id)).toEqual(['snsf', 'vr']);
  });

  it('shows no card for a partner id the catalogue does not have', () => {
    const partners = [{ partnerId: 'no-such-partner', text: 'X', via: 'name' as const }];
    expect(cardContent(bundledCatalogue, { refs: [], partners, range: document.createRange() })).toBeNull();
  });
});
