/**
 * The shipped catalogue (data/programs.json) against docs/domain.md: required ids, every name
 * in use over the years, the names that must not appear, English name statuses, the tree.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue as catalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import { sourceRegistryOf } from '../../core/sources';
import { uncitedRecords } from '../../scripts/catalogue-file';
import { FORBIDDEN_NAMES } from '../../core/catalogue';
import { nameRefsOf, writtenFormOf } from '../../core/written-forms';
import { factYears } from '../../core/fact-dates';
import { foldKey } from '../../core/fold';
import type { Alias } from '../../core/schema';
import type { NameRef } from '../../core/types';
import { validateCatalogueStep } from '../../scripts/gen/validate-catalogue';

const REQUIRED_IDS = [
  'most-intl', 'most-strategic', 'most-intergov', 'most-hkmt', 'most-legacy-intl',
  'nsfc-intl', 'nsfc-key', 'nsfc-org', 'nsfc-org-research', 'nsfc-org-exchange', 'nsfc-org-visit',
  'nsfc-org-conference', 'nsfc-rfis-young', 'nsfc-rfis', 'nsfc-rfis-excellent', 'nsfc-rfis-senior',
  'nsfc-intl-research', 'nsfc-intl-exchange',
];

/** Ids whose names or aliases (search-only ones too) include the text, compared after folding. */
function idsNamed(text: string): string[] {
  const key = foldKey(text);
  return catalogue.entries
    .filter((entry) => nameRefsOf(entry, { includeSearchOnly: true }).some((ref) => foldKey(ref.text) === key))
    .map((entry) => entry.id);
}

function english(id: string, text: string) {
  return catalogue.byId(id)!.name.en.find((name) => name.text === text);
}

describe('bundled catalogue', () => {
  it('passes the build step that validates it', () => {
    expect(() => validateCatalogueStep.run()).not.toThrow();
  });

  it('has every required id, and nothing else', () => {
    expect(catalogue.entries.map((entry) => entry.id).sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it.each([
    // The programme names of the undated compilation (docs/domain.md, «Sources», [appendix-undated]).
    ['国家重点研发计划国际科技合作项目', 'most-intl'],
    ['战略性国际科技创新合作重点专项', 'most-strategic'],
    ['政府间国际科技创新合作重点专项', 'most-intergov'],
    ['国家自然科学基金国际（地区）合作研究与交流项目', 'nsfc-intl'],
    ['重点国际（地区）合作研究项目', 'nsfc-key'],
    ['重点合作研究项目', 'nsfc-key'],
    ['组织间国际（地区）合作研究与交流项目', 'nsfc-org'],
    ['组织间国际（地区）合作与交流项目', 'nsfc-org'],
    ['组织间合作研究项目', 'nsfc-org-research'],
    ['组织间合作交流项目', 'nsfc-org-exchange'],
    ['以人员互访为主的合作交流项目', 'nsfc-org-visit'],
    ['组织间学术会议项目', 'nsfc-org-conference'],
    ['学术会议项目', 'nsfc-org-conference'],
    ['外国青年学者研究基金项目', 'nsfc-rfis-young'],
    // docs/domain.md, «Names over the years».
    ['重大国际（地区）合作研究项目', 'nsfc-key'],
    ['Major International (Regional) Joint Research Project', 'nsfc-key'],
    ['Key International (Regional) Joint Research Program', 'nsfc-key'],
    ['国际（地区）合作与交流项目', 'nsfc-intl'],
    ['International (Regional) Cooperation and Exchange Program', 'nsfc-intl'],
    ['国际（地区）合作研究项目', 'nsfc-intl-research'],
    ['组织间国际（地区）合作研究项目', 'nsfc-org-research'],
    ['国际（地区）合作交流项目', 'nsfc-intl-exchange'],
    ['Inter-organizational Cooperative Research Projects', 'nsfc-org-research'],
    ['Joint Research Projects', 'nsfc-org-research'],
    ['MOU projects', 'nsfc-org-research'],
    ['外国青年学者研究基金', 'nsfc-rfis-young'],
    ['外国学者研究基金项目', 'nsfc-rfis'],
    ['外国优秀青年学者研究基金项目', 'nsfc-rfis-excellent'],
    ['外国资深学者研究基金项目', 'nsfc-rfis-senior'],
    ['Research Fund for International Young Scientists', 'nsfc-rfis-young'],
    ['Research Fund for International Scientists', 'nsfc-rfis'],
    ['Research Fund for International Excellent Young Scientists', 'nsfc-rfis-excellent'],
    ['Research Fund for International Senior Scientists', 'nsfc-rfis-senior'],
    ['RFIS-I', 'nsfc-rfis-young'],
    ['RFIS-II', 'nsfc-rfis-excellent'],
    ['RFIS-III', 'nsfc-rfis-senior'],
    ['政府间国际科技创新合作/港澳台科技创新合作重点专项', 'most-intergov'],
    ['政府间国际科技创新合作', 'most-intergov'],
    ['政府间专项', 'most-intergov'],
    ['国家重点研发计划政府间国际科技创新合作项目', 'most-intergov'],
    ['Intergovernmental International Science and Technology Innovation Cooperation', 'most-intergov'],
    ['Key Project on Intergovernmental International Science, Technology and Innovation (STI) Cooperation', 'most-intergov'],
    ['战略性科技创新合作', 'most-strategic'],
    ['战略性科技创新合作重点专项', 'most-strategic'],
    ['战略性国合专项', 'most-strategic'],
    ['Strategic Science and Technology Innovation Cooperation', 'most-strategic'],
  ])('names %s as %s only', (text, id) => {
    expect(idsNamed(text)).toEqual([id]);
  });

  it('matches names written with half-width brackets as the full-width ones', () => {
    expect(idsNamed('重点国际(地区)合作研究项目')).toEqual(['nsfc-key']);
  });

  it('gives "RFIS" to both the young fund (until 2020) and the umbrella (since 2021), marked ambiguous', () => {
    expect(idsNamed('RFIS')).toEqual(['nsfc-rfis', 'nsfc-rfis-young']);
    const forms = catalogue.entries.flatMap((entry) => nameRefsOf(entry)).filter((ref) => ref.text === 'RFIS');
    const alias = (ref: NameRef) => writtenFormOf(catalogue.byId(ref.entryId)!, ref) as Alias;
    expect(forms.map((ref) => [ref.entryId, alias(ref).ambiguous, alias(ref).years])).toEqual([
      ['nsfc-rfis', true, { from: 2021 }],
      ['nsfc-rfis-young', true, { to: 2020 }],
    ]);
  });

  it('names none of the programmes docs/domain.md excludes', () => {
    for (const text of ['国家重点研发计划', '国家自然科学基金']) {
      expect(FORBIDDEN_NAMES.map((name) => name.text)).toContain(text);
      expect(idsNamed(text)).toEqual([]);
    }
  });

  it('names the 2001–2015 programme most-legacy-intl, never most-intl, and bare 国合专项 both, marked ambiguous', () => {
    for (const text of ['国际科技合作专项', '国家国际科技合作专项', '国际科技合作重点项目计划', 'International S&T Cooperation Program of China']) {
      expect(idsNamed(text)).toEqual(['most-legacy-intl']);
    }
    expect(FORBIDDEN_NAMES.map((name) => name.text)).not.toContain('国际科技合作专项');
    expect(idsNamed('国合专项')).toEqual(['most-intl', 'most-legacy-intl']);
    const forms = catalogue.entries.flatMap((entry) => nameRefsOf(entry)).filter((ref) => ref.text === '国合专项');
    expect(forms.every((ref) => (writtenFormOf(catalogue.byId(ref.entryId)!, ref) as Alias).ambiguous)).toBe(true);
    expect(idsNamed('港澳台科技创新合作重点专项')).toEqual(['most-hkmt']);
    expect(idsNamed('政府间国际科技创新合作/港澳台科技创新合作重点专项')).toEqual(['most-intergov']);
  });

  it('keeps too-generic English and Chinese forms out of page matching', () => {
    const all = catalogue.entries.flatMap((entry) => nameRefsOf(entry, { includeSearchOnly: true }));
    const searchOnly = all.filter((ref) => (writtenFormOf(catalogue.byId(ref.entryId)!, ref) as Alias | undefined)?.searchOnly).map((ref) => ref.text);
    expect(searchOnly).toEqual([
      '港澳台项目', '国际科技合作计划', 'International Cooperation and Exchange Projects', 'Joint Research Projects',
      'MOU projects', '学术会议项目',
    ]);
    const matchable = catalogue.entries.flatMap((entry) => nameRefsOf(entry)).map((ref) => ref.text);
    for (const text of searchOnly) expect(matchable).not.toContain(text);
  });

  it('marks English names official or translation as docs/domain.md says', () => {
    // nsfc-key: "Major …" was NSFC's English for the former name 重大 (about 2007–2014); the name a
    // reader should use today, shown first, renders the current 重点 and is a translation.
    expect(english('nsfc-key', 'Major International (Regional) Joint Research Project')).toMatchObject({
      status: 'official',
      years: { from: 2007, to: 2014, approximate: true },
    });
    expect(catalogue.byId('nsfc-key')!.name.en[0]).toMatchObject({
      text: 'Key International (Regional) Joint Research Program',
      status: 'translation',
    });
    expect(catalogue.byId('nsfc-key')!.aliases.find((alias) => alias.kind === 'former')).toMatchObject({
      text: '重大国际（地区）合作研究项目',
      years: { to: 2014 },
    });
    for (const id of ['nsfc-rfis', 'nsfc-rfis-young', 'nsfc-rfis-excellent', 'nsfc-rfis-senior']) {
      expect(catalogue.byId(id)!.name.en[0]!.status).toBe('official');
    }
    // No official MOST English names were found.
    for (const id of ['most-intl', 'most-strategic', 'most-intergov']) {
      expect(catalogue.byId(id)!.name.en.map((name) => name.status)).not.toContain('official');
    }
    // Every "official" name or alias cites where the funder used it: the funder's own page or a
    // copy of its text, never a paper, a news report or someone's translation.
    const funderText = new Set(['official', 'repost', 'mirror', 'document-copy']);
    for (const entry of catalogue.entries) {
      const official = [...entry.name.en, ...entry.aliases].filter((n) => n.status === 'official');
      for (const name of official) {
        expect(name.source, `${entry.id}: ${name.text}`).toBeDefined();
        expect(funderText, `${entry.id}: ${name.text} cites ${name.source}`).toContain(bundledSources.byKey(name.source!)?.kind);
      }
    }
    // The predecessor's name as MOST's own English newsletter wrote it (2013).
    expect(english('most-legacy-intl', 'International S&T Cooperation Program of China')).toMatchObject({
      status: 'official',
      source: 'most-newsletter-2013',
    });
  });

  it('dates every fact and cites a registry record for it', () => {
    for (const entry of catalogue.entries) {
      for (const fact of entry.facts ?? []) {
        expect(factYears(fact.year)?.from, `${entry.id}: ${fact.text.en}`).toBeGreaterThanOrEqual(1949);
        expect(bundledSources.byKey(fact.source), `${entry.id}: ${fact.source}`).toBeDefined();
      }
    }
  });

  it('lists every entry\'s facts newest first, so its latest known figures lead', () => {
    for (const entry of catalogue.entries) {
      const ends = (entry.facts ?? []).map((fact) => factYears(fact.year)!.to);
      expect(ends, entry.id).toEqual([...ends].sort((a, b) => b - a));
    }
  });

  it('is dated: "as of" is no earlier than any document it cites, and not in the future', () => {
    const cited = catalogue.entries.flatMap((entry) => entry.sourceKeys ?? []);
    const newest = cited
      .map((key) => bundledSources.byKey(key)?.date)
      .filter((date): date is string => typeof date === 'string')
      .sort()
      .at(-1)!;
    expect(newest.length).toBeGreaterThanOrEqual(4);
    expect(catalogue.asOf >= newest).toBe(true);
    expect(catalogue.asOf <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('cites every registry record from a programme or a partner, which the build step checks', () => {
    expect(uncitedRecords(bundledSources, catalogue, bundledPartners)).toEqual([]);
    const extra = sourceRegistryOf({
      version: 1,
      sources: [...bundledSources.sources, { key: 'nobody-2020', title: 'Nobody cites this', lang: 'en', date: '2020', kind: 'news' }],
    });
    expect(uncitedRecords(extra, catalogue, bundledPartners)).toEqual(['nobody-2020']);
  });

  it('walks the family path of nsfc-key and the exchange subtypes', () => {
    expect(catalogue.parentChain('nsfc-key').map((entry) => entry.id)).toEqual(['nsfc-intl', 'nsfc-intl-research']);
    expect(catalogue.parentChain('nsfc-org-conference').map((entry) => entry.id)).toEqual([
      'nsfc-intl', 'nsfc-intl-exchange', 'nsfc-org-exchange',
    ]);
    expect(catalogue.roots().map((entry) => entry.id)).toEqual(['most-intl', 'most-legacy-intl', 'nsfc-intl']);
    expect(catalogue.children('nsfc-rfis').map((entry) => entry.id)).toEqual([
      'nsfc-rfis-young', 'nsfc-rfis-excellent', 'nsfc-rfis-senior',
    ]);
    expect(catalogue.children('most-intl').map((entry) => entry.id)).toEqual(['most-strategic', 'most-intergov', 'most-hkmt']);
    expect(catalogue.children('most-legacy-intl')).toEqual([]);
    expect(catalogue.byId('nsfc-org')!.related).toEqual(['nsfc-org-research', 'nsfc-org-exchange', 'nsfc-org-conference']);
  });

  it('names the managing agency of every MOST entry and the bureau of every NSFC one', () => {
    // The 2001–2015 programme's managing agency is not recorded in any source we cite.
    for (const entry of catalogue.entries.filter((e) => e.id !== 'most-legacy-intl')) {
      expect(entry.agency?.zh).toContain(entry.funder === 'MOST' ? '中国科学技术交流中心' : '国际合作局');
    }
  });
});
