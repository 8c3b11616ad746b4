import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CatalogueError, parseCatalogue, parseCatalogueJson } from '../../core/catalogue';
import { nameRefsOf, writtenFormOf } from '../../core/written-forms';
import type { CatalogueFile } from '../../core/schema';
import { problemsOf as problemsFrom, drop } from './catalogue-problems';

const FIXTURES = new URL('./fixtures/catalogue/', import.meta.url);
const minimalText = readFileSync(new URL('minimal.json', FIXTURES), 'utf8');

/** A fresh copy of the valid three-entry fixture (fam › prog › sub) to break. */
function minimal(): CatalogueFile {
  return JSON.parse(minimalText) as CatalogueFile;
}

function problemsOf(input: unknown): readonly string[] {
  return problemsFrom(() => parseCatalogue(input));
}

describe('parseCatalogue: a valid file', () => {
  it('keeps file order and answers lookups', () => {
    const catalogue = parseCatalogue(minimal());
    expect(catalogue.entries.map((entry) => entry.id)).toEqual(['fam', 'prog', 'sub']);
    expect(catalogue.byId('prog')?.name.zh).toBe('测试合作研究项目');
    expect(catalogue.byId('missing')).toBeUndefined();
    expect(catalogue.parentChain('sub').map((entry) => entry.id)).toEqual(['fam', 'prog']);
    expect(catalogue.parentChain('fam')).toEqual([]);
    expect(catalogue.children('fam').map((entry) => entry.id)).toEqual(['prog']);
    expect(catalogue.children('sub')).toEqual([]);
    expect(catalogue.roots().map((entry) => entry.id)).toEqual(['fam']);
  });

  it('says which id is unknown when asked to walk from it', () => {
    const catalogue = parseCatalogue(minimal());
    expect(() => catalogue.parentChain('nope')).toThrow('catalogue: unknown entry id "nope"');
    expect(() => catalogue.children('nope')).toThrow('catalogue: unknown entry id "nope"');
  });

  it('lists every written form of an entry as a NameRef', () => {
    const prog = parseCatalogue(minimal()).byId('prog')!;
    expect(nameRefsOf(prog).map((ref) => [ref.text, ref.lang, ref.role])).toEqual([
      ['测试合作研究项目', 'zh', 'name'],
      ['Test Joint Research Project', 'en', 'english'],
      ['测试研究项目', 'zh', 'short'],
      ['TJR', 'en', 'abbreviation'],
    ]);
    expect(writtenFormOf(prog, nameRefsOf(prog)[3]!)).toMatchObject({ text: 'TJR', kind: 'abbreviation', ambiguous: true });
    expect(writtenFormOf(prog, nameRefsOf(prog)[1]!)).toBe(prog.name.en[0]);
    expect(writtenFormOf(prog, nameRefsOf(prog)[0]!)).toBeUndefined();
  });

  it('leaves search-only aliases out of the forms pages are matched against, unless asked', () => {
    const file = minimal();
    file.entries[1]!.aliases[0]!.searchOnly = true;
    const prog = parseCatalogue(file).byId('prog')!;
    expect(nameRefsOf(prog).map((ref) => ref.text)).toEqual(['测试合作研究项目', 'Test Joint Research Project', 'TJR']);
    expect(nameRefsOf(prog, { includeSearchOnly: true }).map((ref) => ref.text)).toContain('测试研究项目');
  });
});

describe('parseCatalogue: sources are registry keys (sourceKeys)', () => {
  const FIXTURE_KEYS = ['seed-2', 'seed-2.1', 'seed-2.2', 'guide-2015'];

  it('lets facts and names cite registry keys the entry lists, checked when the registry is given', () => {
    const file = minimal();
    file.entries[1]!.sourceKeys.push('nsfc-2015-snsf');
    file.entries[1]!.facts!.push({ year: '2016', text: { zh: '不超过11项。', en: 'At most 11.' }, source: 'nsfc-2015-snsf' });
    expect(problemsOf(file)).toEqual([]);
    const registryKeys = new Set([...FIXTURE_KEYS, 'nsfc-2015-snsf']);
    expect(() => parseCatalogue(file, 'programs.json', { registryKeys })).not.toThrow();
    registryKeys.delete('nsfc-2015-snsf');
    expect(() => parseCatalogue(file, 'programs.json', { registryKeys })).toThrow(
      'programs.json: prog.sourceKeys[2]: unknown source "nsfc-2015-snsf" (not in the source registry)',
    );
  });

  it('refuses an entry with no source at all', () => {
    const file = minimal();
    file.entries[2]!.sourceKeys = [];
    expect(problemsOf(file)).toEqual(['programs.json: sub.sourceKeys: needs at least one source']);
  });

  it('refuses a key listed twice, and the entry-owned source records of old', () => {
    const file = minimal();
    file.entries[1]!.sourceKeys = ['seed-2.1', 'guide-2015', 'guide-2015'];
    expect(problemsOf(file)).toEqual(['programs.json: prog.sourceKeys[2]: duplicate key "guide-2015"']);
    const old = minimal();
    (old.entries[0] as Record<string, unknown>).sources = [{ key: 'seed-2', title: 'Seed appendix' }];
    expect(problemsOf(old)).toEqual(['programs.json: fam.sources: unknown field']);
  });
});

describe('parseCatalogue: broken files, exact messages', () => {
  it('names file, entry and field of a missing English summary', () => {
    const file = minimal();
    drop(file.entries[1]!.summary, 'en');
    expect(problemsOf(file)).toEqual(['programs.json: prog.summary.en: required']);
  });

  it('puts every problem into the error message, under the file name given', () => {
    const file = minimal();
    drop(file.entries[1]!.summary, 'en');
    file.entries[2]!.summary.zh = '  ';
    expect(() => parseCatalogue(file, 'data/programs.json')).toThrow(
      'data/programs.json: 2 problems in the catalogue:\n' +
        '  data/programs.json: prog.summary.en: required\n' +
        '  data/programs.json: sub.summary.zh: must not be empty',
    );
  });

  it('uses the index when the id itself is missing or malformed', () => {
    const file = minimal();
    drop(file.entries[1]!, 'id');
    file.entries[2]!.id = 'Sub Type';
    expect(problemsOf(file)).toEqual([
      'programs.json: entries[1].id: required',
      'programs.json: entries[2].id: must be a lowercase kebab-case id',
    ]);
  });

  it('reports bad shapes: wrong kind, unknown field, bad status, no source', () => {
    const file = minimal();
    (file.entries[0] as { kind: string }).kind = 'plan';
    (file.entries[1] as Record<string, unknown>).website = 'x';
    (file.entries[1]!.name.en[0] as { status: string }).status = 'unofficial';
    file.entries[2]!.sourceKeys = [];
    expect(problemsOf(file)).toEqual([
      'programs.json: fam.kind: expected ("family" | "category" | "programme" | "subtype"), got "plan"',
      'programs.json: prog.name.en[0].status: expected ("official" | "translation"), got "unofficial"',
      'programs.json: prog.website: unknown field',
      'programs.json: sub.sourceKeys: needs at least one source',
    ]);
  });

  it('reports a file that is not a catalogue object', () => {
    expect(problemsOf([])).toEqual(['programs.json: expected an object {"version": 1, "entries": [...]}, got an array']);
    expect(problemsOf(null)).toEqual(['programs.json: expected an object {"version": 1, "entries": [...]}, got null']);
    expect(problemsOf({ version: 2, asOf: '2026-01-01', entries: {} })).toEqual([
      'programs.json: version: expected 1, got 2',
      'programs.json: entries: expected Array, got Object',
    ]);
    expect(problemsOf({})).toEqual([
      'programs.json: version: required',
      'programs.json: asOf: required',
      'programs.json: entries: required',
    ]);
  });

  it('keeps the "as of" date and asks for a real one', () => {
    expect(parseCatalogue(minimal()).asOf).toBe('2024-05-01');
    for (const asOf of ['2024-13-01', '1 May 2024', '2024']) {
      expect(problemsOf({ ...minimal(), asOf })).toEqual(['programs.json: asOf: must be a date YYYY-MM-DD']);
    }
  });

  it('asks every fact for the year it holds for, or a forward range of years', () => {
    for (const year of ['undated', '2021, 2024', '2015-2019', 'c. 2007']) {
      const file = minimal();
      file.entries[1]!.facts![0]!.year = year;
      expect(problemsOf(file)).toEqual([
        'programs.json: prog.facts[0].year: must be a year or a range of years, like "2024" or "2017–2019"',
      ]);
    }
    const backwards = minimal();
    backwards.entries[1]!.facts![0]!.year = '2019–2015';
    expect(problemsOf(backwards)).toEqual(['programs.json: prog.facts[0].year: a range must run forward (got "2019–2015")']);
    backwards.entries[1]!.facts![0]!.year = '2015–2019';
    expect(problemsOf(backwards)).toEqual([]);
  });

  it('reports text that is not JSON', () => {
    const text = readFileSync(new URL('trailing-comma.json', FIXTURES), 'utf8');
    let problems: readonly string[] = [];
    try {
      parseCatalogueJson(text, 'broken.json');
    } catch (error) {
      problems = (error as CatalogueError).problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^broken\.json: not valid JSON: /);
  });

  it('reports a duplicate id at the second entry', () => {
    const file = minimal();
    file.entries[2]!.id = 'prog';
    file.entries[2]!.parent = 'fam';
    // Without the shared ambiguous alias, which would otherwise name one entry only.
    file.entries[2]!.aliases = [];
    delete file.entries[1]!.aliases[1]!.ambiguous;
    expect(problemsOf(file)).toEqual(['programs.json: entries[2].id: duplicate id "prog" (first at entries[1])']);
  });

  it('reports an unknown parent, a misplaced family and a parentless programme', () => {
    const file = minimal();
    file.entries[2]!.parent = 'nope';
    file.entries[0]!.parent = 'prog';
    file.entries[1]!.parent = null;
    expect(problemsOf(file)).toEqual([
      'programs.json: fam.parent: a family has no parent (got "prog")',
      'programs.json: prog.parent: required (only a family has no parent; kind is "programme")',
      'programs.json: sub.parent: unknown entry "nope"',
    ]);
  });

  it('reports a cycle once', () => {
    const file = minimal();
    file.entries[1]!.parent = 'sub';
    expect(problemsOf(file)).toEqual(['programs.json: prog.parent: cycle prog › sub › prog']);
  });

  it('reports a child whose funder differs from its parent', () => {
    const file = minimal();
    file.entries[2]!.funder = 'MOST';
    expect(problemsOf(file)).toEqual(['programs.json: sub.funder: "MOST" differs from the parent prog\'s "NSFC"']);
  });

  it('reports two entries sharing a name after folding (width, quotes, spaces, case)', () => {
    const file = minimal();
    file.entries[2]!.aliases.push({ text: '“测试 研究项目”', lang: 'zh', kind: 'variant', source: 'seed-2.2' });
    file.entries[0]!.name.en[0]!.text = 'ＴＥＳＴ  joint research project';
    expect(problemsOf(file)).toEqual([
      'programs.json: prog.name.en[0].text: "Test Joint Research Project" folds the same as fam.name.en[0].text ' +
        '("ＴＥＳＴ  joint research project"); mark every such alias "ambiguous" or drop one',
      'programs.json: sub.aliases[1].text: "“测试 研究项目”" folds the same as prog.aliases[0].text ("测试研究项目"); ' +
        'mark every such alias "ambiguous" or drop one',
    ]);
  });

  it('treats Program, Programme, Project and plurals as one English name', () => {
    const file = minimal();
    file.entries[2]!.name.en.push({ text: 'Test Joint Research Programmes', status: 'translation' });
    expect(problemsOf(file)).toEqual([
      'programs.json: sub.name.en[1].text: "Test Joint Research Programmes" folds the same as prog.name.en[0].text ' +
        '("Test Joint Research Project"); mark every such alias "ambiguous" or drop one',
    ]);
  });

  it('allows a shared alias only when every use is marked ambiguous, and only then', () => {
    const unmarked = minimal();
    delete unmarked.entries[2]!.aliases[0]!.ambiguous;
    expect(problemsOf(unmarked)).toEqual([
      'programs.json: sub.aliases[0].text: "TJR" folds the same as prog.aliases[1].text ("TJR"); ' +
        'mark every such alias "ambiguous" or drop one',
    ]);
    const alone = minimal();
    alone.entries[2]!.aliases = [];
    expect(problemsOf(alone)).toEqual([
      'programs.json: prog.aliases[1].text: marked ambiguous, but no other entry uses "TJR"',
    ]);
  });

  it('reports a form repeated inside one entry', () => {
    const file = minimal();
    file.entries[1]!.aliases.push({ text: '测试合作研究项目', lang: 'zh', kind: 'variant' });
    expect(problemsOf(file)).toEqual([
      'programs.json: prog.aliases[2].text: "测试合作研究项目" repeats prog.name.zh after folding',
    ]);
  });

  it('refuses the names docs/domain.md says are not programmes, in any width', () => {
    const file = minimal();
    file.entries[1]!.aliases.push({ text: '国家重点研发计划', lang: 'zh', kind: 'short' });
    file.entries[2]!.name.en.push({ text: 'NATIONAL NATURAL SCIENCE FOUNDATION OF CHINA', status: 'translation' });
    file.entries[0]!.name.zh = '国家自然科学基金';
    expect(problemsOf(file)).toEqual([
      'programs.json: fam.name.zh: "国家自然科学基金" must not name a programme here: the funder (or its whole fund), not a programme here',
      'programs.json: prog.aliases[2].text: "国家重点研发计划" must not name a programme here: ' +
        'the whole National Key R&D Program (40+ special projects), a plan, not a programme here',
      'programs.json: sub.name.en[1].text: "NATIONAL NATURAL SCIENCE FOUNDATION OF CHINA" must not name a programme here: ' +
        'English for the funder 国家自然科学基金委员会, not a programme here',
    ]);
  });

  it('reports facts, names and aliases citing a source the entry does not list', () => {
    const file = minimal();
    file.entries[1]!.facts![0]!.source = 'guide-2016';
    file.entries[1]!.name.en[0]!.source = 'seed-2.2';
    file.entries[2]!.aliases[0]!.source = 'seed-2.1';
    file.entries[2]!.sourceKeys.push('seed-2.2');
    expect(problemsOf(file)).toEqual([
      'programs.json: prog.name.en[0].source: unknown source "seed-2.2" (not in prog.sourceKeys)',
      'programs.json: prog.facts[0].source: unknown source "guide-2016" (not in prog.sourceKeys)',
      'programs.json: sub.sourceKeys[1]: duplicate key "seed-2.2"',
      'programs.json: sub.aliases[0].source: unknown source "seed-2.1" (not in sub.sourceKeys)',
    ]);
  });

  it('reports related ids that do not exist or point at the entry itself', () => {
    const file = minimal();
    file.entries[2]!.related = ['sub', 'gone'];
    expect(problemsOf(file)).toEqual([
      'programs.json: sub.related[0]: an entry is not related to itself',
      'programs.json: sub.related[1]: unknown entry "gone"',
    ]);
  });
});
