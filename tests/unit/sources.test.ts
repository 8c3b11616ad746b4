import { describe, expect, it } from 'vitest';
import type { Entry } from '../../core/schema';
import { parseSourceRegistry, parseSourceRegistryJson, sourcesOfEntry, type SourcesFile } from '../../core/sources';
import { problemsOf as problemsFrom } from './catalogue-problems';

/** Three valid records: an official page, a repost and a mirror. */
function minimal(): SourcesFile {
  return {
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
        kind: 'repost',
      },
      {
        key: 'mirror-2020',
        title: 'A call notice (copy on an unrelated domain)',
        titleInferred: true,
        lang: 'en',
        date: null,
        kind: 'mirror',
        copyOf: { zh: '原始通知的出处未知', en: 'the original notice is not named' },
      },
    ],
  };
}

function problemsOf(input: unknown): readonly string[] {
  return problemsFrom(() => parseSourceRegistry(input));
}

describe('parseSourceRegistry', () => {
  it('finds records by key', () => {
    const registry = parseSourceRegistry(minimal());
    expect(registry.byKey('imde-2018-dfg')?.kind).toBe('repost');
    expect(registry.byKey('nope')).toBeUndefined();
    expect([...registry.keys]).toEqual(['nsfc-2015-snsf', 'imde-2018-dfg', 'mirror-2020']);
  });

  it('names record and field of shape problems', () => {
    const file = minimal();
    file.sources[0]!.date = '2015/12/21';
    (file.sources[1] as { kind: string }).kind = 'blog';
    file.sources[2]!.publisher = {};
    file.sources[2]!.url = 'not a url';
    expect(problemsOf(file)).toEqual([
      'sources.json: nsfc-2015-snsf.date: must be YYYY, YYYY-MM or YYYY-MM-DD',
      'sources.json: imde-2018-dfg.kind: expected ("official" | "repost" | "mirror" | "paper" | "document-copy" | "news" | "encyclopedia" | "compilation" | "translation"), got "blog"',
      'sources.json: mirror-2020.publisher: needs a Chinese or an English name',
      'sources.json: mirror-2020.url: must be a URL',
    ]);
  });

  it('asks a mirror what it copies, a repost whose it is, an official document where it is', () => {
    const file = minimal();
    delete file.sources[0]!.url;
    delete file.sources[1]!.publisher;
    delete file.sources[2]!.copyOf;
    expect(problemsOf(file)).toEqual([
      'sources.json: nsfc-2015-snsf.url: required for an official document',
      'sources.json: imde-2018-dfg.publisher: required for a repost (whose copy it is)',
      'sources.json: mirror-2020.copyOf: required for a mirror (say what it copies, or that the original is unknown)',
    ]);
  });

  it('asks a translation what it translates', () => {
    const file = minimal();
    file.sources.push({ key: 'cset-2021', title: 'Application Guide (translation)', lang: 'en', date: '2021', kind: 'translation' });
    expect(problemsOf(file)).toEqual([
      'sources.json: cset-2021.copyOf: required for a translation (say what it copies, or that the original is unknown)',
    ]);
  });

  it('reports a duplicate key, a missing title and bad JSON', () => {
    const file = minimal();
    file.sources[2]!.key = 'imde-2018-dfg';
    expect(problemsOf(file)).toEqual(['sources.json: sources[2].key: duplicate key "imde-2018-dfg" (first at sources[1])']);
    const untitled = minimal();
    delete (untitled.sources[0] as Partial<SourcesFile['sources'][number]>).title;
    expect(problemsOf(untitled)).toEqual(['sources.json: nsfc-2015-snsf.title: required']);
    expect(problemsOf('x')).toEqual(['sources.json: expected an object {"version": 1, "sources": [...]}, got string']);
    expect(() => parseSourceRegistryJson('[', 'data/sources.json')).toThrow(/data\/sources\.json: not valid JSON/);
  });
});

describe('sourcesOfEntry', () => {
  it('lists the registry records an entry cites, in its order, with the year of their date', () => {
    const registry = parseSourceRegistry(minimal());
    const entry = { sourceKeys: ['imde-2018-dfg', 'nsfc-2015-snsf', 'mirror-2020', 'missing'] } as unknown as Entry;
    const [nsfc, imde, mirror] = minimal().sources;
    expect(sourcesOfEntry(entry, registry)).toEqual([
      { ...imde, year: 2018 },
      { ...nsfc, year: 2015 },
      { ...mirror },
    ]);
    expect(sourcesOfEntry(entry, registry)[1]).toMatchObject({
      title: '2016年度国家自然科学基金委员会与瑞士国家科学基金会合作研究项目指南',
      url: 'http://www.nsfc.gov.cn/publish/portal0/tab442/info61324.htm',
      kind: 'official',
    });
  });
});
