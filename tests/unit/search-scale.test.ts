/**
 * The quick search keeps its answers in a large catalogue: the real entries among thousands
 * of made-up programme-like ones (same words, same shapes) still come first for the queries
 * that name them. Speed is measured by the benchmark (npm run bench), not here.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import type { Entry } from '../../core/schema';
import { createSearch } from '../../core/search';
import { buildPinyinIndex } from '../../scripts/gen/search-index';

const PARTNERS = ['中德', '中法', '中英', '中美', '中日', '中韩', '中俄', '中意', '中以', '中瑞'];
const FIELDS = ['新能源', '信息技术', '先进制造', '生物医药', '海洋', '农业', '新材料', '航空航天'];
const TYPES = ['国际合作研究项目', '重点合作研究项目', '合作交流项目', '青年学者研究基金项目', '科技创新合作重点专项'];
const EN_TYPES = ['Joint Research Project', 'Key Joint Research Project', 'Exchange Project', 'Young Scientists Fund', 'Innovation Cooperation'];

function madeUp(count: number): Entry[] {
  const made: Entry[] = [];
  for (let i = 0; made.length < count; i++) {
    const partner = PARTNERS[i % PARTNERS.length];
    const field = FIELDS[Math.floor(i / PARTNERS.length) % FIELDS.length];
    const type = i % TYPES.length;
    made.push({
      id: `made-up-${i}`,
      kind: 'programme',
      parent: null,
      funder: i % 2 ? 'NSFC' : 'MOST',
      name: {
        zh: `${partner}${field}${TYPES[type]}${i}`,
        en: [{ text: `${partner} ${field} International ${EN_TYPES[type]} ${i}`, status: 'translation' }],
      },
      aliases: [{ text: `${partner}${field}${i}`, lang: 'zh', kind: 'short' }],
      summary: { zh: '虚构的条目，用于测试。', en: 'A made-up entry for tests.' },
      sourceKeys: ['test'],
    });
  }
  return made;
}

const entries = [...bundledCatalogue.entries, ...madeUp(5000)];
const quick = createSearch({ entries }, buildPinyinIndex(entries));

describe('quick search in a catalogue of 5,000 more entries', () => {
  it.each([
    ['重点国际（地区）合作研究项目', 'nsfc-key'],
    ['重点合作研究项目', 'nsfc-key'],
    ['政府间专项', 'most-intergov'],
    ['zdgj', 'nsfc-key'],
    ['zhengfujian', 'most-intergov'],
    ['intergovermental', 'most-intergov'],
    ['reserch fund international scientists', 'nsfc-rfis'],
    ['RFIS-II', 'nsfc-rfis-excellent'],
    ['重大国际（地区）合作研究项目', 'nsfc-key'],
    ['重點國際（地區）合作研究項目', 'nsfc-key'],
  ])('%s → %s', (query, id) => {
    expect(quick.search(query)[0]?.id).toBe(id);
  });

  it('still answers one-letter queries, within the limit', () => {
    for (const query of ['z', '中', 'j', 'zh']) {
      const results = quick.search(query, 10);
      expect(results.length).toBe(10);
      expect(new Set(results.map((result) => result.id)).size).toBe(10);
    }
  });

  it('finds a made-up entry by its name and by its short name', () => {
    const entry = entries.find((candidate) => candidate.id === 'made-up-4321')!;
    expect(quick.search(entry.name.zh)[0]?.id).toBe('made-up-4321');
    expect(quick.search(entry.aliases[0].text)[0]?.id).toBe('made-up-4321');
    expect(quick.search(entry.name.en[0].text)[0]?.id).toBe('made-up-4321');
  });
});
