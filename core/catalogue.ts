/**
 * The catalogue: parse and validate data/programs.json, then answer lookups by id and
 * walks of the family tree.
 *
 * Validation has two layers. The valibot schema (core/schema.ts) checks the shape of each
 * entry; the cross-checks here check what one entry cannot see on its own: ids, parents,
 * cycles, names that would collide in the matcher, source keys, forbidden names. Every
 * problem is collected (not just the first) and reported as
 * `<file>: <entry id>.<field path>: <what is wrong>`, so a broken entry fails the build
 * and the tests with a message that points at the line to fix.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';
import { foldKey } from './fold';
import { CatalogueError, describeNonObject, issueLines, parseJsonText } from './issues';
import { collisionProblems } from './name-collisions';
import { ENTRY_ID } from './entry-id';
import { CatalogueFileSchema, FACT_YEAR, type Bilingual, type Entry } from './schema';
import { namedForms, type NamedForm } from './written-forms';

export { CatalogueError } from './issues';

/**
 * Names that must never be a name or alias of an entry (docs/domain.md, «Not these programmes»):
 * a page mentioning them is not talking about any programme of this catalogue.
 * Compared after folding, as whole names (国家重点研发计划国际科技合作项目 is fine).
 * 国际科技合作专项 and 国合专项 are no longer here: they name most-legacy-intl (the second one
 * ambiguously with most-intl).
 */
export const FORBIDDEN_NAMES: ReadonlyArray<{ text: string; reason: string }> = [
  {
    text: '国家重点研发计划',
    reason: 'the whole National Key R&D Program (40+ special projects), a plan, not a programme here',
  },
  {
    text: 'National Key R&D Program of China',
    reason: 'English for 国家重点研发计划, the whole plan, not a programme here',
  },
  {
    text: '国家自然科学基金',
    reason: 'the funder (or its whole fund), not a programme here',
  },
  {
    text: 'National Natural Science Foundation of China',
    reason: 'English for the funder 国家自然科学基金委员会, not a programme here',
  },
];

/**
 * The two funders' names (docs/domain.md, «Agencies and portals»): the official Chinese name and
 * the English name with its usual abbreviation. Shown as an entry's funder (EntryHeader).
 */
export const FUNDER_NAMES: Readonly<Record<Entry['funder'], Bilingual>> = {
  MOST: { zh: '科学技术部', en: 'Ministry of Science and Technology (MOST)' },
  NSFC: { zh: '国家自然科学基金委员会', en: 'National Natural Science Foundation of China (NSFC)' },
};

export interface Catalogue {
  /** The day the facts were last checked against their sources (YYYY-MM-DD), for "as of …". */
  readonly asOf: string;
  /** Every entry, in file order. */
  readonly entries: readonly Entry[];
  byId(id: string): Entry | undefined;
  /** The ancestors of an entry, root (the family) first, without the entry itself. */
  parentChain(id: string): Entry[];
  /** Direct children, in file order. */
  children(id: string): Entry[];
  /** The families (entries without a parent), in file order. */
  roots(): Entry[];
}

/** Parses JSON text of a catalogue file; bad JSON is reported like any other problem. */
export function parseCatalogueJson(text: string, fileName = 'programs.json', options: CatalogueOptions = {}): Catalogue {
  return parseCatalogue(parseJsonText(text, fileName), fileName, options);
}

export interface CatalogueOptions {
  /**
   * Keys of the source registry (data/sources.json). Given (the build step and the tests), every
   * key an entry lists in `sourceKeys` must be there. Left out (the bundled copy at run time, the
   * CLI), keys listed in `sourceKeys` are taken on trust: the build has checked them.
   */
  registryKeys?: ReadonlySet<string>;
}

/** Validates a parsed catalogue file and returns the lookup API; throws `CatalogueError`. */
export function parseCatalogue(input: unknown, fileName = 'programs.json', options: CatalogueOptions = {}): Catalogue {
  const got = describeNonObject(input);
  if (got !== undefined) {
    throw new CatalogueError(fileName, [`${fileName}: expected an object {"version": 1, "entries": [...]}, got ${got}`]);
  }
  const result = v.safeParse(CatalogueFileSchema, input);
  if (!result.success) {
    const rawEntries = (input as { entries?: unknown }).entries;
    const lists = { entries: { idField: 'id', idPattern: ENTRY_ID, input: rawEntries } };
    throw new CatalogueError(fileName, issueLines(fileName, result.issues, lists));
  }
  const entries = result.output.entries;
  const problems = crossCheck(entries, options.registryKeys).map((problem) => `${fileName}: ${problem}`);
  if (problems.length > 0) throw new CatalogueError(fileName, problems);
  return makeCatalogue(result.output.asOf, entries);
}

// ---------------------------------------------------------------------------------------
// Cross-checks

function crossCheck(entries: readonly Entry[], registryKeys: ReadonlySet<string> | undefined): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Entry>();
  entries.forEach((entry, index) => {
    const first = entries.findIndex((other) => other.id === entry.id);
    if (first !== index) problems.push(`entries[${index}].id: duplicate id "${entry.id}" (first at entries[${first}])`);
    else byId.set(entry.id, entry);
  });
  // A second entry with the same id is checked no further: messages about it would name the
  // first one. Its other problems show up once it has an id of its own.
  const unique = [...byId.values()];

  for (const entry of unique) {
    problems.push(...checkTree(entry, byId));
    problems.push(...checkSources(entry, registryKeys));
    entry.facts?.forEach((fact, i) => {
      const [, from, to] = FACT_YEAR.exec(fact.year) ?? [];
      if (to !== undefined && Number(to) <= Number(from)) {
        problems.push(`${entry.id}.facts[${i}].year: a range must run forward (got "${fact.year}")`);
      }
    });
    entry.related?.forEach((id, i) => {
      if (id === entry.id) problems.push(`${entry.id}.related[${i}]: an entry is not related to itself`);
      else if (!byId.has(id)) problems.push(`${entry.id}.related[${i}]: unknown entry "${id}"`);
    });
  }
  problems.push(...checkCycles(unique, byId));
  problems.push(...checkNames(unique));
  return problems;
}

function checkTree(entry: Entry, byId: ReadonlyMap<string, Entry>): string[] {
  if (entry.kind === 'family') {
    return entry.parent === null ? [] : [`${entry.id}.parent: a family has no parent (got "${entry.parent}")`];
  }
  if (entry.parent === null) return [`${entry.id}.parent: required (only a family has no parent; kind is "${entry.kind}")`];
  const parent = byId.get(entry.parent);
  if (!parent) return [`${entry.id}.parent: unknown entry "${entry.parent}"`];
  if (parent.funder !== entry.funder) {
    return [`${entry.id}.funder: "${entry.funder}" differs from the parent ${parent.id}'s "${parent.funder}"`];
  }
  return [];
}

/** Reports each cycle once, at the first of its entries in file order. */
function checkCycles(entries: readonly Entry[], byId: ReadonlyMap<string, Entry>): string[] {
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const entry of entries) {
    const seen: string[] = [];
    let current: Entry | undefined = entry;
    while (current && !seen.includes(current.id)) {
      seen.push(current.id);
      current = current.parent === null ? undefined : byId.get(current.parent);
    }
    if (!current || current.id !== entry.id || reported.has(entry.id)) continue;
    seen.forEach((id) => reported.add(id));
    problems.push(`${entry.id}.parent: cycle ${[...seen, entry.id].join(' › ')}`);
  }
  return problems;
}

function checkSources(entry: Entry, registryKeys: ReadonlySet<string> | undefined): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  entry.sourceKeys.forEach((key, i) => {
    if (keys.has(key)) problems.push(`${entry.id}.sourceKeys[${i}]: duplicate key "${key}"`);
    else if (registryKeys && !registryKeys.has(key)) {
      problems.push(`${entry.id}.sourceKeys[${i}]: unknown source "${key}" (not in the source registry)`);
    }
    keys.add(key);
  });
  const cite = (key: string | undefined, path: string) => {
    if (key !== undefined && !keys.has(key)) {
      problems.push(`${entry.id}.${path}: unknown source "${key}" (not in ${entry.id}.sourceKeys)`);
    }
  };
  entry.name.en.forEach((name, i) => cite(name.source, `name.en[${i}].source`));
  entry.aliases.forEach((alias, i) => cite(alias.source, `aliases[${i}].source`));
  entry.facts?.forEach((fact, i) => cite(fact.source, `facts[${i}].source`));
  return problems;
}

/**
 * The key two forms collide on: the fold key, and for English also the last word's
 * Program/Programme/Project and plural folded together, because the matcher tolerates
 * those (docs/architecture.md, «The fold»): "…Exchange Program" and "…Exchange Projects" meet there.
 */
function collisionKey(form: NamedForm): string {
  const key = foldKey(form.ref.text);
  if (form.ref.lang !== 'en') return key;
  return key.replace(/(^|[^a-z])(?:programmes?|programs?|projects?)$/, '$1program');
}

function checkNames(entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  const forbidden = new Map(FORBIDDEN_NAMES.map((name) => [foldKey(name.text), name]));
  const groups = new Map<string, NamedForm[]>();

  for (const entry of entries) {
    for (const form of namedForms(entry)) {
      const where = `${form.entryId}.${form.path}`;
      const folded = foldKey(form.ref.text);
      if (folded === '') {
        problems.push(`${where}: "${form.ref.text}" folds to nothing (only quotes or spaces)`);
        continue;
      }
      const banned = forbidden.get(folded);
      if (banned) problems.push(`${where}: "${form.ref.text}" must not name a programme here: ${banned.reason}`);
      const key = collisionKey(form);
      groups.set(key, [...(groups.get(key) ?? []), form]);
    }
  }

  const folded = [...groups.values()].map((forms) =>
    forms.map((form) => ({ owner: form.entryId, path: form.path, text: form.ref.text, ambiguous: form.ambiguous })),
  );
  problems.push(...collisionProblems(folded, { form: 'alias', record: 'entry' }));
  return problems;
}

// ---------------------------------------------------------------------------------------
// Lookups

function makeCatalogue(asOf: string, entries: readonly Entry[]): Catalogue {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const childrenOf = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.parent !== null) childrenOf.set(entry.parent, [...(childrenOf.get(entry.parent) ?? []), entry]);
  }
  const known = (id: string): Entry => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`catalogue: unknown entry id "${id}"`);
    return entry;
  };
  return {
    asOf,
    entries,
    byId: (id) => byId.get(id),
    parentChain(id) {
      const chain: Entry[] = [];
      let current = known(id);
      while (current.parent !== null) {
        current = known(current.parent);
        chain.unshift(current);
      }
      return chain;
    },
    children: (id) => [...(childrenOf.get(known(id).id) ?? [])],
    roots: () => entries.filter((entry) => entry.parent === null),
  };
}
