/**
 * What an empty search result says and offers (core/search-hints.ts): over the real catalogue
 * and partners, as the popup searches them.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { createSearch } from '../../core/search';
import { explainEmpty, looksLikeGrantNumber } from '../../core/search-hints';
import { buildPartnerPinyin, buildPinyinIndex } from '../../scripts/gen/search-index';

const quick = createSearch(bundledCatalogue, buildPinyinIndex(bundledCatalogue.entries), {
  partners: { catalogue: bundledPartners, pinyin: buildPartnerPinyin(bundledPartners) },
});

/** The hint for a query the search must not answer, and the ids it offers. */
function hint(query: string) {
  expect(quick.search(query)).toEqual([]);
  const found = explainEmpty(query, quick, bundledCatalogue);
  return { kind: found.kind, offers: 'results' in found ? found.results.map((result) => result.id) : [] };
}

describe('looksLikeGrantNumber', () => {
  it.each(['41620104001', '2016YFE0100300', '2011DFA72420', '批准号：41620104001', 'No. 2016YFE0100300', '４１６２０１０４００１', '2016-YFE-0100300'])(
    '%s looks like a grant number',
    (query) => expect(looksLikeGrantNumber(query)).toBe(true),
  );

  it.each(['2024', '2024年度', 'RFIS-II', 'NSFC-DFG', '重点国际（地区）合作研究项目', 'abc123456def7'])(
    '%s does not',
    (query) => expect(looksLikeGrantNumber(query)).toBe(false),
  );
});

describe('explainEmpty', () => {
  it('a grant number: read on pages, not searched; its pattern read, its programme offered', () => {
    expect(hint('41620104001')).toEqual({ kind: 'grant-number', offers: ['nsfc-key'] });
    expect(hint('批准号：41620104001')).toEqual({ kind: 'grant-number', offers: ['nsfc-key'] });
    expect(hint('2016YFE0100300')).toEqual({ kind: 'grant-number', offers: ['most-intergov'] });
    const read = explainEmpty('41620104001', quick, bundledCatalogue);
    expect(read.kind === 'grant-number' && read.text?.rule.en).toContain('type code 20');
    // Digits with none of the patterns (or a phone number) are still not searched, and offer nothing.
    expect(hint('123456789')).toEqual({ kind: 'grant-number', offers: [] });
    expect(hint('13812345678')).toEqual({ kind: 'grant-number', offers: [] });
    // Without the catalogue, only the explanation.
    expect(explainEmpty('41620104001', quick)).toEqual({ kind: 'grant-number', results: [] });
  });

  it('a deadline: in the calls, not in the catalogue; what the rest names is offered', () => {
    expect(hint('截止日期')).toEqual({ kind: 'deadline', offers: [] });
    expect(hint('deadline')).toEqual({ kind: 'deadline', offers: [] });
    expect(hint('重点国际 截止日期').offers[0]).toBe('nsfc-key');
  });

  it('part of a name: the nearest entries', () => {
    expect(hint('外国学者奖学金')).toMatchObject({ kind: 'nearest', offers: ['nsfc-rfis'] });
  });

  it('nothing near: says what the search understands', () => {
    expect(hint('qqqxxzz')).toEqual({ kind: 'nothing', offers: [] });
    // "when" is a deadline word only as a word.
    expect(hint('whenever')).toEqual({ kind: 'nothing', offers: [] });
  });
});
