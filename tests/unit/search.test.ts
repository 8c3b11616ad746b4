/**
 * Quick search (core/search.ts) over the real catalogue, with the pinyin the build step writes.
 * One table: what a user types → the entry that must come first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CatalogueFileSchema } from '../../core/schema';
import { createSearch } from '../../core/search';
import { buildPinyinIndex } from '../../scripts/gen/search-index';

const catalogue = v.parse(
  CatalogueFileSchema,
  JSON.parse(readFileSync(new URL('../../data/programs.json', import.meta.url), 'utf8')),
);
const quick = createSearch(catalogue, buildPinyinIndex(catalogue.entries));

const FIRST: [query: string, id: string][] = [
  // Chinese full names
  ['重点国际（地区）合作研究项目', 'nsfc-key'],
  ['政府间国际科技创新合作重点专项', 'most-intergov'],
  ['外国青年学者研究基金项目', 'nsfc-rfis-young'],
  // short names
  ['重点合作研究项目', 'nsfc-key'],
  ['政府间专项', 'most-intergov'],
  ['战略性国合专项', 'most-strategic'],
  // English, official and translation
  ['Major International (Regional) Joint Research Project', 'nsfc-key'],
  ['Key International (Regional) Joint Research Program', 'nsfc-key'],
  ['research fund for international scientists', 'nsfc-rfis'],
  // pinyin and initials
  ['zhongdian guoji', 'nsfc-key'],
  ['zhengfujian', 'most-intergov'],
  ['zdgj', 'nsfc-key'],
  // typos
  ['intergovermental', 'most-intergov'],
  ['reserch fund international scientists', 'nsfc-rfis'],
  // abbreviations
  ['RFIS-II', 'nsfc-rfis-excellent'],
  ['rfis-iii', 'nsfc-rfis-senior'],
  // former names
  ['重大国际（地区）合作研究项目', 'nsfc-key'],
  ['战略性国际科技创新合作重点专项', 'most-strategic'],
  // half-width brackets, full-width letters, stray spaces and quotes
  ['重点国际(地区)合作研究项目', 'nsfc-key'],
  ['“政府间国际科技创新合作”重点专项', 'most-intergov'],
  ['ＲＦＩＳ－ＩＩ', 'nsfc-rfis-excellent'],
];

describe('quick search: first result', () => {
  it.each(FIRST)('%s → %s', (query, id) => {
    expect(quick.search(query)[0]?.entry.id).toBe(id);
  });
});
