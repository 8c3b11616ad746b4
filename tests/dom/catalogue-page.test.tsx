/**
 * The catalogue page's views over the real catalogue, in both languages: the overview it opens
 * on, the partners view grouped by country, a partner's detail (calls, facts, sources), a
 * programme listing its partners, and the entry detail's facts (latest first, older folded,
 * "more than five years old") and sources (by title, publisher, date and kind; mirrors never
 * linked).
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledPartners } from '../../core/bundled-partners';
import { bundledSources } from '../../core/bundled-sources';
import { parseSourceRegistry } from '../../core/sources';
import type { Entry } from '../../core/schema';
import { catalogueHash, entryHash, partnerHash } from '../../core/routes';
import { CatalogueApp } from '../../components/CatalogueApp';
import { EntryDetail } from '../../components/EntryDetail';
import { PartnerDetail } from '../../components/PartnerDetail';
import { PartnersView } from '../../components/PartnersView';
import { bundledSearch } from '../../components/bundled-search';
import { preactRoot } from './preact-root';

const mounted = preactRoot();
const show = mounted.show;

const app = { catalogue: bundledCatalogue, partners: bundledPartners, search: bundledSearch(), navigate: () => {} };
const text = (selector: string) => [...mounted.element.querySelectorAll(selector)].map((node) => node.textContent ?? '');

describe('the overview', () => {
  it('opens on the two families and the historical programme, not an empty pane', () => {
    show(<CatalogueApp {...app} lang="en" route={{ view: { kind: 'overview' }, query: '' }} />);
    const families = [...mounted.element.querySelectorAll<HTMLElement>('.gl-family-card')].map((card) => card.dataset.entryId);
    expect(families).toEqual(['nsfc-intl', 'most-intl', 'most-legacy-intl']);
    const nsfc = mounted.element.querySelector('.gl-family-card[data-entry-id="nsfc-intl"]')!;
    expect(nsfc.textContent).toContain(bundledCatalogue.byId('nsfc-intl')!.summary.en);
    expect(nsfc.querySelector('a')!.getAttribute('href')).toBe('#/entry/nsfc-intl');
    expect(mounted.element.querySelector('.gl-family-card-historical')?.textContent).toContain('Historical programme');
    expect(mounted.element.querySelector('.gl-placeholder')).toBeNull();
    expect(mounted.element.querySelector('.gl-views [aria-current="page"]')?.getAttribute('href')).toBe('#/');
  });

  it('lists what changed, latest first, with years: RFIS tiers, HKMT, the partner renames', () => {
    show(<CatalogueApp {...app} lang="zh" route={{ view: { kind: 'overview' }, query: '' }} />);
    const years = text('.gl-change-year');
    const numbers = years.map((year) => Number(/\d{4}/.exec(year)![0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const changes = text('.gl-change').join('\n');
    expect(changes).toContain('芬兰科学院');
    expect(changes).toContain('芬兰研究理事会');
    expect(changes).toContain('RFIS-III');
    expect(changes).toContain('港澳台');
    const rfis = mounted.element.querySelector('.gl-change[data-change="nsfc-rfis"]')!;
    expect(rfis.querySelector('.gl-change-year')?.textContent).toBe('2021年');
    expect(rfis.querySelector('a')?.getAttribute('href')).toBe('#/entry/nsfc-rfis');
    expect(mounted.element.querySelector('.gl-change[data-change="rcf"] a')?.getAttribute('href')).toBe('#/partner/rcf');
  });

  it('shows the looked-up entry instead when the page opens with ?q=', () => {
    show(<CatalogueApp {...app} lang="zh" route={{ view: { kind: 'overview' }, query: 'RFIS-II' }} />);
    expect(mounted.element.querySelector('#gl-entry-heading')?.textContent).toBe('外国优秀青年学者研究基金项目');
    expect(mounted.element.querySelector('.gl-overview')).toBeNull();
  });
});

describe('the partners view', () => {
  const showView = (lang: 'zh' | 'en') =>
    show(
      <PartnersView partners={bundledPartners} catalogue={bundledCatalogue} lang={lang} partnerHrefFor={partnerHash} entryHrefFor={entryHash} />,
    );

  it('groups partners by country, regions and international bodies after the countries', () => {
    showView('en');
    const countries = [...mounted.element.querySelectorAll<HTMLElement>('.gl-country')].map((section) => section.dataset.country!);
    expect(countries).toContain('de');
    expect(countries.indexOf('hk')).toBeGreaterThan(countries.indexOf('za'));
    expect(countries.at(-1)).toBe('international');
    const germany = mounted.element.querySelector('.gl-country[data-country="de"]')!;
    expect([...germany.querySelectorAll<HTMLElement>('.gl-partner-row')].map((row) => row.dataset.partnerId)).toEqual(
      bundledPartners.partnersOfCountry('de').map((partner) => partner.id),
    );
    // Sorted by name in the UI language: Argentina before Australia before Austria.
    const names = text('.gl-country:not([data-country="international"]) > .gl-country-title');
    expect(names.slice(0, 3).map((name) => name.split(' ')[0])).toEqual(['Argentina', 'Australia', 'Austria']);
    // Every partner is somewhere; one with two countries under both.
    const listed = new Set([...mounted.element.querySelectorAll<HTMLElement>('.gl-partner-row')].map((row) => row.dataset.partnerId));
    expect(listed.size).toBe(bundledPartners.partners.length);
    expect(mounted.element.querySelectorAll('.gl-partner-row[data-partner-id="a3"]')).toHaveLength(2);
  });

  it('lists each partner with its NSFC and MOST calls, per programme with years, linked', () => {
    showView('en');
    const jst = mounted.element.querySelector('.gl-country[data-country="jp"] .gl-partner-row[data-partner-id="jst"]')!;
    expect(jst.querySelector('.gl-partner-link')?.getAttribute('href')).toBe('#/partner/jst');
    const calls = [...jst.querySelectorAll<HTMLElement>('.gl-partner-calls > li')];
    expect(calls.map((call) => call.dataset.programme)).toEqual(bundledPartners.byId('jst')!.programmes.map((link) => link.programme));
    expect(calls.map((call) => call.querySelector('.gl-badge-funder')?.textContent)).toContain('MOST');
    expect(calls.map((call) => call.querySelector('.gl-badge-funder')?.textContent)).toContain('NSFC');
    expect(calls[0]!.textContent).toMatch(/seen \d{4}/);
    expect(calls[0]!.querySelector('a')?.getAttribute('href')).toMatch(/^#\/entry\//);
  });

  it('sorts and names the countries in Chinese by pinyin', () => {
    showView('zh');
    const names = text('.gl-country:not([data-country="international"]) > .gl-country-title').map((name) => name.split(' ')[0]);
    expect(names.indexOf('德国')).toBeLessThan(names.indexOf('日本'));
    expect(names.indexOf('阿根廷')).toBe(0);
  });
});

describe('a partner', () => {
  const showPartner = (id: string, lang: 'zh' | 'en', currentYear = 2026) =>
    show(
      <PartnerDetail
        partner={bundledPartners.byId(id)!}
        partners={bundledPartners}
        catalogue={bundledCatalogue}
        lang={lang}
        currentYear={currentYear}
        hrefFor={catalogueHash}
        headingId="h"
      />,
    );

  it('shows its names, country, calls per programme with years and titles, facts and sources', () => {
    showPartner('dfg', 'zh');
    expect(mounted.element.querySelector('#h')?.textContent).toBe('德国研究联合会');
    expect(mounted.element.querySelector('.gl-name-en')?.textContent).toContain('DFG');
    expect([...mounted.element.querySelectorAll('.gl-path a')].map((a) => a.getAttribute('href'))).toEqual(['#/partners', '#/partners/de']);
    const calls = [...mounted.element.querySelectorAll<HTMLElement>('.gl-calls > li')];
    expect(calls.map((call) => call.dataset.programme)).toEqual(['nsfc-org-research', 'nsfc-key']);
    expect(calls[0]!.textContent).toContain('见于2016–2018、2020–2021年');
    expect(calls[0]!.textContent).toContain('中德(NSFC-DFG)合作研究项目');
    expect(text('.gl-names li').join('\n')).toContain('德国科学基金会');
    expect(mounted.element.querySelectorAll('.gl-sources li')).toHaveLength(bundledPartners.byId('dfg')!.sources.length);
  });

  it('shows the newest facts first with "as of", says they are old, and folds the rest', () => {
    showPartner('dfg', 'en');
    expect(mounted.element.querySelectorAll('.gl-facts-older')).toHaveLength(1);
    const current = mounted.element.querySelector('.gl-facts')!;
    expect(current.closest('details')).toBeNull();
    const years = [...current.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(years).toEqual(['2020', '2020']); // every DFG fact is old: the newest year shows
    expect(current.textContent).toContain('as of 2019-12-24');
    expect(current.querySelectorAll('.gl-badge-old')).toHaveLength(2);
    expect(mounted.element.querySelector('.gl-facts-older summary')?.textContent).toBe('Older figures (4)');
    // In 2024 the 2020 facts are four years old: shown without the mark; the 2016–2018 ones are old.
    showPartner('dfg', 'en', 2024);
    expect(mounted.element.querySelectorAll('.gl-badge-old')).toHaveLength(4);
    expect(mounted.element.querySelectorAll('.gl-facts-older .gl-badge-old')).toHaveLength(4);
  });

  it('an unknown partner id says so on the page', () => {
    show(<CatalogueApp {...app} lang="en" route={{ view: { kind: 'partner', id: 'no-such-agency' }, query: '' }} />);
    expect(mounted.element.querySelector('[role="alert"]')?.textContent).toBe('The catalogue has no partner with the id “no-such-agency”.');
  });
});

describe('a programme lists its partners', () => {
  const showEntry = (id: string, lang: 'zh' | 'en') =>
    show(
      <EntryDetail
        entry={bundledCatalogue.byId(id)!}
        path={bundledCatalogue.parentChain(id)}
        lang={lang}
        partnerCatalogue={bundledPartners}
        partnerHrefFor={partnerHash}
        hrefFor={entryHash}
      />,
    );
  const listed = () => [...mounted.element.querySelectorAll<HTMLElement>('.gl-partner-list > li')].map((li) => li.dataset.partnerId);

  it('nsfc-org-research lists DFG, ISF … linked to their pages', () => {
    showEntry('nsfc-org-research', 'en');
    expect(listed()).toEqual(bundledPartners.partnersOfProgramme('nsfc-org-research').map((partner) => partner.id));
    expect(listed()).toEqual(expect.arrayContaining(['dfg', 'isf', 'jst']));
    expect(mounted.element.querySelector('.gl-partner-list [data-partner-id="dfg"] a')?.getAttribute('href')).toBe('#/partner/dfg');
    expect(mounted.element.querySelector('.gl-partner-list [data-partner-id="dfg"]')?.textContent).toContain('Germany');
  });

  it('most-intergov lists its country lines', () => {
    showEntry('most-intergov', 'zh');
    expect(listed()).toEqual(expect.arrayContaining(['nz', 'il', 'fi', 'riken', 'eu']));
    expect(mounted.element.querySelector('.gl-partner-list [data-partner-id="nz"]')?.textContent).toContain('新西兰');
  });

  it('a programme without partners, or a view without the partner catalogue, has no such section', () => {
    showEntry('nsfc-rfis', 'en');
    expect(mounted.element.querySelector('.gl-partner-list')).toBeNull();
    show(<EntryDetail entry={bundledCatalogue.byId('most-intergov')!} path={[]} lang="en" />);
    expect(mounted.element.querySelector('.gl-partner-list')).toBeNull();
  });
});

describe('the entry detail: facts and sources', () => {
  /** An entry citing one source of every kind, inline and from the registry. */
  const registry = parseSourceRegistry({
    version: 1,
    sources: [
      { key: 'off', title: '2025年度项目指南', lang: 'zh', publisher: { zh: '国家自然科学基金委员会', en: 'NSFC' }, date: '2025-01-15', url: 'https://www.nsfc.gov.cn/a', kind: 'official' },
      { key: 'rep', title: '转发2019年度指南的通知', lang: 'zh', publisher: { zh: '某大学科研处', en: 'A university research office' }, date: '2019-03', url: 'https://univ.example/b', kind: 'repost' },
      { key: 'mir', title: '2016年度合作研究项目指南 (spam copy)', lang: 'zh', date: '2015-12', url: 'http://spam.example/c', kind: 'mirror', copyOf: { zh: '基金委的指南', en: "NSFC's guide" } },
      { key: 'doc', title: 'Guide.docx', lang: 'en', date: null, url: 'https://wenku.example/d', kind: 'document-copy', copyOf: { zh: '2015年度指南', en: 'the 2015 guide' } },
    ],
  });
  const entry = {
    ...bundledCatalogue.byId('nsfc-key')!,
    sources: [{ key: 'inline', title: 'An older inline source', year: 2014 }],
    sourceKeys: ['off', 'rep', 'mir', 'doc'],
    facts: [
      { year: '2014', text: { zh: '旧数据', en: 'Old figure' }, source: 'inline' },
      { year: 'undated', text: { zh: '无年份', en: 'No year' }, source: 'doc' },
      { year: '2025', text: { zh: '新数据', en: 'New figure' }, source: 'off' },
      { year: '2022', text: { zh: '较早', en: 'Earlier' }, source: 'rep' },
      { year: '2015–2016', text: { zh: '区间', en: 'Range' }, source: 'mir' },
    ],
  } satisfies Entry;
  const showEntry = (lang: 'zh' | 'en') => show(<EntryDetail entry={entry} path={[]} lang={lang} registry={registry} currentYear={2026} />);

  it('lists every source once, inline then registry, numbered as the facts cite them', () => {
    showEntry('en');
    const items = [...mounted.element.querySelectorAll<HTMLElement>('.gl-sources > li')];
    expect(items.map((item) => item.dataset.sourceKind)).toEqual(['inline', 'official', 'repost', 'mirror', 'document-copy']);
    const newest = mounted.element.querySelector('.gl-facts .gl-fact')!;
    expect(newest.textContent).toContain('New figure');
    expect(newest.querySelector('.gl-source-ref')?.textContent).toBe('Source: [2]');
  });

  it('shows each source by its title, publisher, date and kind, in the UI language', () => {
    showEntry('en');
    const [inline, official, repost, mirror, copy] = [...mounted.element.querySelectorAll<HTMLElement>('.gl-sources > li')];
    expect(official!.querySelector('cite')?.getAttribute('lang')).toBe('zh-CN');
    expect(official!.querySelector('a')?.getAttribute('href')).toBe('https://www.nsfc.gov.cn/a');
    expect(official!.querySelector('.gl-source-details')?.textContent).toBe('NSFC · 2025-01-15official');
    expect(repost!.querySelector('.gl-source-details')?.textContent).toBe('repost by A university research office · 2019-03');
    expect(mirror!.querySelector('a')).toBeNull();
    expect(mirror!.textContent).toContain('unofficial copy, not linked');
    expect(mirror!.textContent).toContain("copy of: NSFC's guide");
    expect(copy!.querySelector('a')?.getAttribute('href')).toBe('https://wenku.example/d');
    expect(copy!.textContent).toContain('undated');
    expect(copy!.textContent).toContain('copy on a document-sharing site');
    expect(inline!.textContent).toContain('2014');
    showEntry('zh');
    const zh = [...mounted.element.querySelectorAll<HTMLElement>('.gl-sources > li')];
    expect(zh[1]!.querySelector('.gl-source-details')?.textContent).toBe('国家自然科学基金委员会 · 2025年1月15日官方发布');
    expect(zh[2]!.querySelector('.gl-source-details')?.textContent).toBe('某大学科研处转载 · 2019年3月');
    expect(zh[3]!.textContent).toContain('非官方副本，不提供链接');
    expect(zh[3]!.textContent).toContain('原件：基金委的指南');
    expect(zh[4]!.textContent).toContain('未注明日期');
    // Titles stay in their own language.
    expect(zh[4]!.querySelector('cite')?.textContent).toBe('Guide.docx');
  });

  it('shows the latest facts first with their year and "as of", older and undated ones folded', () => {
    showEntry('en');
    const open = mounted.element.querySelector('.gl-facts')!;
    expect(open.closest('details')).toBeNull();
    expect([...open.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['2025', '2022']);
    expect(open.querySelector('.gl-fact-meta')?.textContent).toBe('as of 2025-01-15');
    const folded = mounted.element.querySelector('details.gl-facts-older')!;
    expect(folded.hasAttribute('open')).toBe(false);
    expect(folded.querySelector('summary')?.textContent).toBe('Older and undated figures (3)');
    expect([...folded.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['2015–2016', '2014', 'undated']);
    expect([...folded.querySelectorAll('.gl-fact-old')]).toHaveLength(2);
    expect(folded.textContent).toContain('more than five years old');
    expect(folded.textContent).toContain('source undated');
    showEntry('zh');
    expect([...mounted.element.querySelectorAll('.gl-facts dt')].map((dt) => dt.textContent)).toEqual(['2025年', '2022年', '2015–2016年', '2014年', '未注明日期']);
    expect(mounted.element.querySelector('.gl-fact-meta')?.textContent).toBe('截至2025年1月15日');
    expect(mounted.element.querySelector('.gl-facts-older summary')?.textContent).toBe('较早及未注明年份的数据（3条）');
    expect(mounted.element.textContent).toContain('已逾五年');
    expect(mounted.element.querySelector('.gl-facts-checked')).toBeNull(); // no check date given
    show(<EntryDetail entry={entry} path={[]} lang="en" registry={registry} currentYear={2026} asOf="2026-12-02" />);
    expect(mounted.element.querySelector('.gl-facts-checked')?.textContent).toBe('Checked against their sources on 2026-12-02.');
  });

  it('the bundled entries cite every fact’s source in their list, the registry ones by title', () => {
    for (const bundled of bundledCatalogue.entries) {
      show(<EntryDetail entry={bundled} path={[]} lang="en" />);
      const items = mounted.element.querySelectorAll('.gl-sources > li');
      expect(items.length, bundled.id).toBe(bundled.sources.length + new Set(bundled.sourceKeys ?? []).size);
      for (const ref of mounted.element.querySelectorAll('.gl-source-ref')) expect(ref.textContent, bundled.id).toMatch(/^Source: \[\d+\]$/);
      for (const key of bundled.sourceKeys ?? []) {
        const record = bundledSources.byKey(key)!;
        const item = mounted.element.querySelector(`[id="gl-source-${bundled.id}-${key}"]`)!;
        expect(item.querySelector('cite')?.textContent, key).toBe(record.title);
        expect(item.querySelector('a') !== null, key).toBe(record.kind !== 'mirror' && record.url !== undefined);
      }
    }
  });
});
