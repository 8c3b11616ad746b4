/**
 * Quick search (core/search.ts) over the real catalogue, with the pinyin the build step writes.
 * The main table: what a user types → the entry that must come first.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createSearch } from '../../core/search';
import { buildPinyinIndex, pinyinForm } from '../../scripts/gen/search-index';

const quick = createSearch(bundledCatalogue, buildPinyinIndex(bundledCatalogue.entries));

const FIRST: [query: string, id: string][] = [
  // Chinese full names
  ['重点国际（地区）合作研究项目', 'nsfc-key'],
  ['政府间国际科技创新合作重点专项', 'most-intergov'],
  ['外国青年学者研究基金项目', 'nsfc-rfis-young'],
  ['国际（地区）合作研究项目', 'nsfc-intl-research'],
  // short names
  ['重点合作研究项目', 'nsfc-key'],
  ['政府间专项', 'most-intergov'],
  ['战略性国合专项', 'most-strategic'],
  ['组织间合作研究项目', 'nsfc-org-research'],
  // English, official and translation
  ['Major International (Regional) Joint Research Project', 'nsfc-key'],
  ['Key International (Regional) Joint Research Program', 'nsfc-key'],
  ['research fund for international scientists', 'nsfc-rfis'],
  ['Research Fund for International Young Scientists', 'nsfc-rfis-young'],
  // pinyin and initials
  ['zhongdian guoji', 'nsfc-key'],
  ['zhong dian guo ji', 'nsfc-key'],
  ['zhengfujian', 'most-intergov'],
  ['zdgj', 'nsfc-key'],
  ['zhanlue', 'most-strategic'],
  // typos and words out of order or missing
  ['intergovermental', 'most-intergov'],
  ['reserch fund international scientists', 'nsfc-rfis'],
  ['internatinal senior scientists', 'nsfc-rfis-senior'],
  ['政府间合作专项', 'most-intergov'],
  // abbreviations
  ['RFIS-II', 'nsfc-rfis-excellent'],
  ['rfis-iii', 'nsfc-rfis-senior'],
  ['RFIS II', 'nsfc-rfis-excellent'],
  // former names
  ['重大国际（地区）合作研究项目', 'nsfc-key'],
  ['战略性国际科技创新合作重点专项', 'most-strategic'],
  // half-width brackets, full-width letters, quotes, stray spaces
  ['重点国际(地区)合作研究项目', 'nsfc-key'],
  ['“政府间国际科技创新合作”重点专项', 'most-intergov'],
  ['重点国际 （地区） 合作\n研究项目', 'nsfc-key'],
  ['ＲＦＩＳ－ＩＩ', 'nsfc-rfis-excellent'],
  // a longer text around the name (a notice title sent by the context menu's look-up)
  ['关于申报2024年度重点国际（地区）合作研究项目的通知', 'nsfc-key'],
  ['2024年度“政府间国际科技创新合作”重点专项第一批项目申报指南', 'most-intergov'],
  ['Call for proposals: Research Fund for International Young Scientists 2019', 'nsfc-rfis-young'],
  // traditional script
  ['重點國際（地區）合作研究項目', 'nsfc-key'],
  ['政府間國際科技創新合作重點專項', 'most-intergov'],
];

describe('quick search: the first result', () => {
  it.each(FIRST)('%s → %s', (query, id) => {
    expect(quick.search(query)[0]?.entry.id).toBe(id);
  });
});

describe('quick search: how it matched', () => {
  it('reports a former name with its years, so the UI can say "former name"', () => {
    const [first] = quick.search('重大国际（地区）合作研究项目');
    expect(first.matchedVia).toMatchObject({
      kind: 'former',
      text: '重大国际（地区）合作研究项目',
      how: 'exact',
      years: { to: 2014 },
    });
  });

  it('reports a short name as such', () => {
    expect(quick.search('政府间专项')[0].matchedVia).toMatchObject({ kind: 'short', how: 'exact' });
  });

  it('reports pinyin and initials hits as the Chinese form they spell', () => {
    expect(quick.search('zdgj')[0].matchedVia).toMatchObject({
      kind: 'name',
      text: '重点国际（地区）合作研究项目',
      how: 'initials',
    });
    expect(quick.search('zhongda guoji')[0].matchedVia).toMatchObject({ kind: 'former', how: 'pinyin' });
  });

  it('puts an exact name before entries that merely contain it', () => {
    const ids = quick.search('国际（地区）合作研究项目').map((result) => result.entry.id);
    expect(ids[0]).toBe('nsfc-intl-research');
    expect(ids).toContain('nsfc-key');
    expect(ids).toContain('nsfc-org-research');
  });

  it('gives each entry once, sorted by score, within the limit', () => {
    const results = quick.search('research', 5);
    expect(results.length).toBeLessThanOrEqual(5);
    const ids = results.map((result) => result.entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('finds an entry by a word of its summary or focus areas', () => {
    const ids = quick.search('一带一路').map((result) => result.entry.id);
    expect(ids).toContain('most-strategic');
  });
});

describe('quick search: nothing to search', () => {
  it.each(['', '   ', '“”', '\u200b'])('returns no result for %j', (query) => {
    expect(quick.search(query)).toEqual([]);
  });

  it('returns no result for text unlike any programme', () => {
    expect(quick.search('qqqxxzz')).toEqual([]);
  });
});

describe('pinyinForm (build step)', () => {
  it('reads polyphones in context and drops punctuation', () => {
    expect(pinyinForm('重点国际（地区）合作')).toEqual({
      text: '重点国际（地区）合作',
      spaced: 'zhong dian guo ji di qu he zuo',
      compact: 'zhongdianguojidiquhezuo',
      initials: 'zdgjdqhz',
    });
  });

  it('keeps Latin words and skips texts without Chinese', () => {
    expect(pinyinForm('RFIS-II 项目')?.spaced).toBe('rfis ii xiang mu');
    expect(pinyinForm('RFIS')).toBeNull();
  });
});
