/**
 * The sources a reader sees (core/cited-sources.ts): registry records with their title,
 * language, publisher, date and kind; mirrors never linked; an entry's inline and registry
 * sources together, each key once; and the bundled data read through the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../core/schema';
import { parseSourceRegistry, type SourcesFile } from '../../core/sources';
import { citedKeys, citedSourcesOfEntry, isLinkable, sourceYear } from '../../core/cited-sources';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { bundledSources } from '../../core/bundled-sources';
import { bundledPartners } from '../../core/bundled-partners';

const registry = parseSourceRegistry({
  version: 1,
  sources: [
    {
      key: 'nsfc-2015-snsf',
      title: '2016年度国家自然科学基金委员会与瑞士国家科学基金会合作研究项目指南',
      lang: 'zh',
      publisher: { zh: '国家自然科学基金委员会国际合作局', en: 'Bureau of International Cooperation, NSFC' },
      date: '2015-12-21',
      url: 'http://www.nsfc.gov.cn/publish/portal0/tab442/info61324.htm',
      kind: 'official',
    },
    {
      key: 'imde-2018-dfg',
      title: '2018年度国家自然科学基金委员会与德国科学基金会合作研究项目指南',
      lang: 'zh',
      publisher: { en: 'Institute of Mountain Hazards and Environment, CAS' },
      date: '2018-01-19',
      url: 'http://imde.cas.cn/tzgg/201801/t20180119_4940789.html',
      kind: 'repost',
    },
    {
      key: 'mirror-2020',
      title: 'A call notice (copy on an unrelated domain)',
      titleInferred: true,
      lang: 'en',
      date: null,
      url: 'http://spam.example/copy.html',
      kind: 'mirror',
      copyOf: { zh: '原始通知的出处未知', en: 'the original notice is not named' },
    },
    {
      key: 'wenku-2018',
      title: '政府间国际科技创新合作重点专项2018年度第一批项目申报指南',
      lang: 'zh',
      date: '2018',
      url: 'https://wenku.example/p-1.html',
      kind: 'document-copy',
      copyOf: { zh: '科技部的申报指南', en: "MOST's call guide" },
    },
  ],
} satisfies SourcesFile);

describe('citedKeys', () => {
  it('shows a record by its own title, language, publisher, date and kind, linked', () => {
    const [official, repost] = citedKeys(['nsfc-2015-snsf', 'imde-2018-dfg'], registry);
    expect(official).toMatchObject({
      title: '2016年度国家自然科学基金委员会与瑞士国家科学基金会合作研究项目指南',
      titleLang: 'zh',
      titleInferred: false,
      kind: 'official',
      publisher: { zh: '国家自然科学基金委员会国际合作局' },
      date: '2015-12-21',
      href: 'http://www.nsfc.gov.cn/publish/portal0/tab442/info61324.htm',
      withheld: false,
    });
    expect(repost).toMatchObject({ kind: 'repost', href: 'http://imde.cas.cn/tzgg/201801/t20180119_4940789.html' });
    expect(repost!.publisher).toEqual({ en: 'Institute of Mountain Hazards and Environment, CAS' });
  });

  it('never links a mirror, says that it withheld the address, and what the copy is of', () => {
    const [mirror] = citedKeys(['mirror-2020'], registry);
    expect(mirror).toMatchObject({ kind: 'mirror', withheld: true, titleInferred: true, date: undefined });
    expect(mirror!.href).toBeUndefined();
    expect(mirror!.copyOf?.en).toBe('the original notice is not named');
    expect(isLinkable('mirror')).toBe(false);
  });

  it('links a document-sharing copy and keeps what it copies', () => {
    const [copy] = citedKeys(['wenku-2018'], registry);
    expect(copy).toMatchObject({ kind: 'document-copy', href: 'https://wenku.example/p-1.html', withheld: false });
    expect(copy!.copyOf?.zh).toBe('科技部的申报指南');
  });

  it('lists each key once, in order, and skips keys the registry lacks', () => {
    expect(citedKeys(['imde-2018-dfg', 'nope', 'nsfc-2015-snsf', 'imde-2018-dfg'], registry).map((s) => s.key)).toEqual([
      'imde-2018-dfg',
      'nsfc-2015-snsf',
    ]);
  });
});

describe('citedSourcesOfEntry', () => {
  it('lists the inline sources first (older form), then the registry records, each key once', () => {
    const entry = {
      sources: [{ key: 'nsfc-2012-guide', title: '2012年度国家自然科学基金项目指南', year: 2012, url: 'https://www.nsfc.gov.cn/x' }],
      sourceKeys: ['mirror-2020', 'nsfc-2015-snsf', 'mirror-2020'],
    } as unknown as Entry;
    const cited = citedSourcesOfEntry(entry, registry);
    expect(cited.map((source) => [source.key, source.kind, source.date])).toEqual([
      ['nsfc-2012-guide', undefined, '2012'],
      ['mirror-2020', 'mirror', undefined],
      ['nsfc-2015-snsf', 'official', '2015-12-21'],
    ]);
    expect(cited[0]).toMatchObject({ href: 'https://www.nsfc.gov.cn/x', withheld: false, titleInferred: false });
    expect(cited.map(sourceYear)).toEqual([2012, undefined, 2015]);
  });

  it('handles an entry with only inline sources and one with only registry keys', () => {
    const inlineOnly = { sources: [{ key: 'a', title: 'A' }] } as unknown as Entry;
    expect(citedSourcesOfEntry(inlineOnly, registry).map((s) => s.key)).toEqual(['a']);
    const keysOnly = { sources: [], sourceKeys: ['imde-2018-dfg'] } as unknown as Entry;
    expect(citedSourcesOfEntry(keysOnly, registry).map((s) => s.key)).toEqual(['imde-2018-dfg']);
  });
});

describe('the bundled catalogue through the same rule', () => {
  it('every source a programme fact cites is listed under its entry', () => {
    for (const entry of bundledCatalogue.entries) {
      const keys = new Set(citedSourcesOfEntry(entry, bundledSources).map((source) => source.key));
      for (const fact of entry.facts ?? []) expect(keys.has(fact.source), `${entry.id}: ${fact.source}`).toBe(true);
    }
  });

  it('no mirror of the registry reaches a reader as a link', () => {
    const mirrors = bundledSources.sources.filter((source) => source.kind === 'mirror');
    expect(mirrors.length).toBeGreaterThan(0);
    const everyKey = bundledPartners.partners.flatMap((partner) => partner.sources);
    for (const source of citedKeys([...everyKey, ...mirrors.map((m) => m.key)], bundledSources)) {
      if (source.kind === 'mirror') expect(source.href, source.key).toBeUndefined();
    }
  });
});
