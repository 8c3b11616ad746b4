/**
 * Quick search (core/search.ts) over the real catalogue, with the pinyin the build step writes.
 * The main table: what a user types → the entry that must come first.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { createSearch, includesWhole } from '../../core/search';
import { buildPartnerPinyin, buildPinyinIndex, pinyinForm } from '../../scripts/gen/search-index';

/** As the popup builds it (components/bundled-search.ts): programmes and partners. */
const quick = createSearch(bundledCatalogue, buildPinyinIndex(bundledCatalogue.entries), {
  partners: { catalogue: bundledPartners, pinyin: buildPartnerPinyin(bundledPartners) },
});
const ids = (query: string, limit?: number) => quick.search(query, limit).map((result) => result.id);

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
    expect(quick.search(query)[0]?.id).toBe(id);
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
    const found = ids('国际（地区）合作研究项目');
    expect(found[0]).toBe('nsfc-intl-research');
    expect(found).toContain('nsfc-key');
    expect(found).toContain('nsfc-org-research');
  });

  it('gives each entry once, sorted by score, within the limit', () => {
    const results = quick.search('research', 5);
    expect(results.length).toBeLessThanOrEqual(5);
    const found = results.map((result) => result.id);
    expect(new Set(found).size).toBe(found.length);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('finds an entry by a word of its summary or focus areas', () => {
    expect(ids('一带一路')).toContain('most-strategic');
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

describe('quick search: partners (issue 10)', () => {
  const partnerIds = (query: string) =>
    quick.search(query).flatMap((result) => (result.kind === 'partner' ? [result.id] : []));
  const german = bundledPartners.partnersOfCountry('de').map((partner) => partner.id);

  it.each([
    // abbreviations
    ['DFG', 'dfg', 'abbreviation'],
    ['JSPS', 'jsps', 'abbreviation'],
    ['dfg', 'dfg', 'abbreviation'],
    // Chinese and English names, whole or in part, current or former
    ['德国研究联合会', 'dfg', 'name'],
    ['德国科学基金会', 'dfg', 'former'],
    ['德国研究', 'dfg', 'name'],
    ['Royal Society', 'rs', 'name'],
    ['皇家学会', 'rs', 'name'],
    ['German Research Foundation', 'dfg', 'name'],
    // countries, Chinese and English; a country's own MOST line
    ['德国', 'dfg', 'country'],
    ['Germany', 'dfg', 'country'],
    ['新西兰', 'nz', 'name'],
    ['New Zealand', 'nz', 'name'],
    // the 中X prefix of call names, and pinyin of all of these
    ['中德', 'dfg', 'prefix'],
    ['zhongde', 'dfg', 'prefix'],
    ['deguo', 'dfg', 'country'],
    ['xinxilan', 'nz', 'name'],
    ['huangjiaxuehui', 'rs', 'name'],
    // a call title as notices write it
    ['中德(NSFC-DFG)合作研究项目', 'dfg', 'title'],
  ])('%s → %s (%s)', (query, id, kind) => {
    const [first] = quick.search(query);
    expect(first).toMatchObject({ kind: 'partner', id, matchedVia: { kind } });
  });

  it('中德 and zhongde list every German partner, NSFC\'s and MOST\'s, and nothing else', () => {
    expect(german.length).toBeGreaterThan(1);
    expect(partnerIds('中德')).toEqual(german);
    expect(partnerIds('zhongde')).toEqual(german);
    expect(partnerIds('德国').slice(0, german.length)).toEqual(german);
  });

  it('the pinyin of a 中X prefix matches whole: "zhongda" is 重大…, not the start of 中丹', () => {
    expect(ids('zhongda')).toEqual(['nsfc-key']);
    expect(partnerIds('zhongdan')).toEqual(bundledPartners.partnersOfCountry('dk').map((partner) => partner.id));
  });

  it('an ambiguous prefix lists every country it may mean (中瑞: Switzerland and Sweden)', () => {
    const found = partnerIds('中瑞');
    const expected = ['ch', 'se'].flatMap((code) => bundledPartners.partnersOfCountry(code).map((partner) => partner.id));
    expect(new Set(found)).toEqual(new Set(expected));
  });

  it('an abbreviation matches whole: NSF is the US partner, not NSFC', () => {
    expect(ids('NSF')).toEqual(['nsf']);
    expect(ids('nsf')).toEqual(['nsf']);
    // NSFC itself names the funder's family first.
    expect(ids('NSFC')[0]).toBe('nsfc-intl');
    // Abbreviations that continue with a separator still do (RFIS → RFIS-II).
    expect(ids('RFIS')).toEqual(['nsfc-rfis', 'nsfc-rfis-young', 'nsfc-rfis-excellent', 'nsfc-rfis-senior']);
    // While typing, a prefix still finds the longer ones.
    expect(ids('NS')).toEqual(expect.arrayContaining(['nsf', 'nsfc-intl']));
  });

  it('programmes come before partners for the programme\'s own words', () => {
    expect(ids('政府间合作专项')[0]).toBe('most-intergov');
    expect(ids('组织间合作研究项目')[0]).toBe('nsfc-org-research');
  });
});

describe('quick search: historical programmes and pinyin inside names (issue 14)', () => {
  it('国际科技合作专项 is the 2001–2015 programme, not today\'s special projects', () => {
    const [first, ...rest] = quick.search('国际科技合作专项');
    expect(first).toMatchObject({ kind: 'entry', id: 'most-legacy-intl', matchedVia: { kind: 'name', how: 'exact' } });
    expect(first.kind === 'entry' && first.entry.years).toEqual({ from: 2001, to: 2015 });
    expect(rest.every((result) => result.score > first.score + 1)).toBe(true);
  });

  it('"zhongdian" finds every entry whose name has those syllables', () => {
    const found = ids('zhongdian');
    for (const id of ['nsfc-key', 'most-strategic', 'most-intergov', 'most-hkmt', 'most-intl', 'most-legacy-intl']) {
      expect(found).toContain(id);
    }
    // A name that begins with them still comes first.
    expect(found[0]).toBe('nsfc-key');
    expect(quick.search('zhongdian')[1].matchedVia.how).toBe('pinyin');
  });

  it('reads the syllable still being typed, and several syllables in a row', () => {
    expect(ids('zhongdianzhuan')).toEqual(expect.arrayContaining(['most-strategic', 'most-intergov', 'most-hkmt']));
    expect(ids('zhongdianzhuan')).not.toContain('nsfc-key');
    expect(ids('hezuozhongd')).toEqual(expect.arrayContaining(['most-strategic']));
  });
});

describe('includesWhole', () => {
  it.each([
    ['nsfc priority areas', 'nsf', false],
    ['the nsf and nsfc', 'nsf', true],
    ['rfis-ii', 'rfis', true],
    ['一带一路倡议', '一带一路', true],
    ['xnsf', 'nsf', false],
  ])('%j has %j whole: %s', (haystack, needle, expected) => {
    expect(includesWhole(haystack, needle)).toBe(expected);
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
