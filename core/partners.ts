/**
 * The partner catalogue (data/partners.json): the second dimension of the catalogue. A call
 * notice names a programme and a partner — NSFC's counterpart organisation (DFG, JSPS, RGC …)
 * or the country, region or organisation of a MOST intergovernmental line (New Zealand,
 * RIKEN, the EU …). This module validates the file against the programme catalogue and the
 * source registry, and answers the lookups the rest of the product builds on.
 *
 * Countries and partners are separate on purpose: Finland is a country of the table (`fi`),
 * a MOST line partner with the same id, and home to an NSFC partner organisation (`rcf`);
 * `partnersOfCountry('fi')` returns both.
 *
 * Problems read `<file>: <partner id>.<field path>: <what is wrong>` (or
 * `countries.<code>.…` for the country table), all collected, like core/catalogue.ts.
 *
 * Pure: no DOM, no browser API.
 */
import * as v from 'valibot';
import type { Catalogue } from './catalogue';
import { nameRefsOf } from './written-forms';
import { ENTRY_ID } from './entry-id';
import { foldKey } from './fold';
import { CatalogueError, describeNonObject, issueLines, parseJsonText } from './issues';
import { collisionProblems, type FoldedForm } from './name-collisions';
import {
  COUNTRY_CODE_PATTERN,
  PartnersFileSchema,
  type Country,
  type Partner,
  type PartnerFact,
  type PartnerName,
  type PartnersFile,
} from './partner-schema';

export interface PartnerCatalogue {
  /** Every partner, in file order. */
  readonly partners: readonly Partner[];
  /** The country/region table, in file order. */
  readonly countries: readonly Country[];
  byId(id: string): Partner | undefined;
  country(code: string): Country | undefined;
  /** Partners whose `countries` include the code (organisations and the country's own line), file order. */
  partnersOfCountry(code: string): Partner[];
  /**
   * Partners linked to exactly this programme id, file order. Programme families are not
   * expanded here: walk `Catalogue.children` and ask for each.
   */
  partnersOfProgramme(programmeId: string): Partner[];
  /**
   * Countries written with this one-character form in 中X names (德 → Germany; 瑞 →
   * Switzerland and Sweden: every candidate). Accepts "德" or "中德". Simplified script: fold
   * traditional forms first.
   */
  countryByPrefix(text: string): Country[];
  /**
   * A partner's dated facts, latest first (by year, then the end of a range), file order among
   * equals. With `programme`, only the facts about that programme and the partner's own facts
   * (those without a programme).
   */
  partnerFacts(id: string, options?: { programme?: string }): PartnerFact[];
  /** The name to show: the partner's current full name in the language, else its country's name, else any name. */
  displayName(id: string, lang: 'zh' | 'en'): string | undefined;
}

/** Parses JSON text of a partner file; bad JSON is reported like any other problem. */
export function parsePartnerCatalogueJson(text: string, context: PartnerContext, fileName = 'partners.json'): PartnerCatalogue {
  return parsePartnerCatalogue(parseJsonText(text, fileName), context, fileName);
}

/** What the partner file is checked against. */
export interface PartnerContext {
  /** The programme catalogue: programme ids, and names a partner's names must not take. */
  programmes: Catalogue;
  /** Keys of the source registry (data/sources.json). */
  registryKeys: ReadonlySet<string>;
}

/** Validates a parsed partner file and returns the lookup API; throws `CatalogueError`. */
export function parsePartnerCatalogue(input: unknown, context: PartnerContext, fileName = 'partners.json'): PartnerCatalogue {
  const got = describeNonObject(input);
  if (got !== undefined) {
    throw new CatalogueError(fileName, [
      `${fileName}: expected an object {"version": 1, "countries": [...], "partners": [...]}, got ${got}`,
    ]);
  }
  const result = v.safeParse(PartnersFileSchema, input);
  if (!result.success) {
    const raw = input as { countries?: unknown; partners?: unknown };
    const lists = {
      partners: { idField: 'id', idPattern: ENTRY_ID, input: raw.partners },
      countries: { idField: 'code', idPattern: COUNTRY_CODE_PATTERN, input: raw.countries, prefix: 'countries.' },
    };
    throw new CatalogueError(fileName, issueLines(fileName, result.issues, lists));
  }
  const problems = crossCheck(result.output, context).map((problem) => `${fileName}: ${problem}`);
  if (problems.length > 0) throw new CatalogueError(fileName, problems);
  return partnerCatalogueOf(result.output);
}

// ---------------------------------------------------------------------------------------
// Cross-checks

function crossCheck(file: PartnersFile, context: PartnerContext): string[] {
  const problems: string[] = [];
  const countries = new Map<string, Country>();
  file.countries.forEach((country, index) => {
    if (countries.has(country.code)) problems.push(`countries[${index}].code: duplicate country "${country.code}"`);
    else countries.set(country.code, country);
    country.prefixes?.forEach((prefix, i) => {
      const where = `countries.${country.code}.prefixes[${i}]`;
      if (prefix.status === 'attested' && prefix.source === undefined) problems.push(`${where}.source: required for an attested prefix`);
      if (prefix.source !== undefined && !context.registryKeys.has(prefix.source)) {
        problems.push(`${where}.source: unknown source "${prefix.source}" (not in the source registry)`);
      }
    });
  });

  const partners = new Map<string, Partner>();
  file.partners.forEach((partner, index) => {
    const first = file.partners.findIndex((other) => other.id === partner.id);
    if (first !== index) problems.push(`partners[${index}].id: duplicate id "${partner.id}" (first at partners[${first}])`);
    else partners.set(partner.id, partner);
  });

  for (const partner of partners.values()) {
    problems.push(...checkKind(partner, countries));
    problems.push(...checkProgrammes(partner, context.programmes));
    problems.push(...checkSources(partner, context.registryKeys));
  }
  problems.push(...checkNames([...partners.values()], context.programmes));
  return problems;
}

function checkKind(partner: Partner, countries: ReadonlyMap<string, Country>): string[] {
  const problems: string[] = [];
  partner.countries.forEach((code, i) => {
    if (!countries.has(code)) problems.push(`${partner.id}.countries[${i}]: unknown country "${code}" (not in the country table)`);
  });
  if (partner.kind === 'country') {
    if (partner.countries.length !== 1 || partner.countries[0] !== partner.id) {
      problems.push(`${partner.id}.countries: a country partner has exactly its own code ["${partner.id}"]`);
    }
  } else {
    if (countries.has(partner.id)) {
      problems.push(`${partner.id}.id: "${partner.id}" is a country code; only a country partner may use it`);
    }
    if ((partner.names ?? []).length === 0) problems.push(`${partner.id}.names: needs at least one name`);
  }
  return problems;
}

function checkProgrammes(partner: Partner, programmes: Catalogue): string[] {
  const problems: string[] = [];
  partner.programmes.forEach((link, i) => {
    if (!programmes.byId(link.programme)) {
      problems.push(`${partner.id}.programmes[${i}].programme: unknown programme "${link.programme}"`);
    }
  });
  partner.facts?.forEach((fact, i) => {
    if (fact.programme !== undefined && !programmes.byId(fact.programme)) {
      problems.push(`${partner.id}.facts[${i}].programme: unknown programme "${fact.programme}"`);
    }
    if (fact.to !== undefined && fact.to < fact.year) {
      problems.push(`${partner.id}.facts[${i}].to: ${fact.to} is before the year ${fact.year}`);
    }
  });
  return problems;
}

function checkSources(partner: Partner, registryKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  partner.sources.forEach((key, i) => {
    if (listed.has(key)) problems.push(`${partner.id}.sources[${i}]: duplicate key "${key}"`);
    else if (!registryKeys.has(key)) problems.push(`${partner.id}.sources[${i}]: unknown source "${key}" (not in the source registry)`);
    listed.add(key);
  });
  const cite = (key: string | undefined, path: string) => {
    if (key !== undefined && !listed.has(key)) {
      problems.push(`${partner.id}.${path}: unknown source "${key}" (not in ${partner.id}.sources)`);
    }
  };
  partner.names?.forEach((name, i) => cite(name.source, `names[${i}].source`));
  partner.programmes.forEach((link, i) => {
    link.seen.forEach((seen, j) => cite(seen.source, `programmes[${i}].seen[${j}].source`));
    link.titles?.forEach((title, j) => cite(title.source, `programmes[${i}].titles[${j}].source`));
  });
  partner.facts?.forEach((fact, i) => cite(fact.source, `facts[${i}].source`));
  return problems;
}

/**
 * Two partners must not share a written form after folding (the matcher could not tell them
 * apart) unless every such form says `ambiguous`; no partner may take a programme's name.
 */
function checkNames(partners: readonly Partner[], programmes: Catalogue): string[] {
  const problems: string[] = [];
  const programmeForms = new Map<string, { entryId: string; text: string }>();
  for (const entry of programmes.entries) {
    for (const ref of nameRefsOf(entry, { includeSearchOnly: true })) {
      const key = foldKey(ref.text);
      if (!programmeForms.has(key)) programmeForms.set(key, { entryId: entry.id, text: ref.text });
    }
  }
  const groups = new Map<string, FoldedForm[]>();
  for (const partner of partners) {
    partner.names?.forEach((name, i) => {
      const path = `names[${i}].text`;
      const key = foldKey(name.text);
      if (key === '') {
        problems.push(`${partner.id}.${path}: "${name.text}" folds to nothing (only quotes or spaces)`);
        return;
      }
      const programme = programmeForms.get(key);
      if (programme) {
        problems.push(`${partner.id}.${path}: "${name.text}" folds the same as a name of programme ${programme.entryId} ("${programme.text}")`);
      }
      const form = { owner: partner.id, path, text: name.text, ambiguous: name.ambiguous === true };
      groups.set(key, [...(groups.get(key) ?? []), form]);
    });
  }
  problems.push(...collisionProblems(groups.values(), { form: 'name', record: 'partner' }));
  return problems;
}

// ---------------------------------------------------------------------------------------
// Lookups

/**
 * The lookup API over a file already validated (at build time): no checks, every index built
 * on first use, so importing the bundled catalogue costs next to nothing.
 */
export function partnerCatalogueOf(file: PartnersFile): PartnerCatalogue {
  interface Indexes {
    byId: Map<string, Partner>;
    countries: Map<string, Country>;
    byCountry: Map<string, Partner[]>;
    byProgramme: Map<string, Partner[]>;
    byPrefix: Map<string, Country[]>;
  }
  let built: Indexes | undefined;
  const indexes = (): Indexes => {
    if (built) return built;
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) {
        if (!list.includes(value)) list.push(value);
      } else map.set(key, [value]);
    };
    built = {
      byId: new Map(file.partners.map((partner) => [partner.id, partner])),
      countries: new Map(file.countries.map((country) => [country.code, country])),
      byCountry: new Map(),
      byProgramme: new Map(),
      byPrefix: new Map(),
    };
    for (const partner of file.partners) {
      for (const code of partner.countries) push(built.byCountry, code, partner);
      for (const link of partner.programmes) push(built.byProgramme, link.programme, partner);
    }
    for (const country of file.countries) {
      for (const prefix of country.prefixes ?? []) push(built.byPrefix, prefix.text, country);
    }
    return built;
  };

  const currentName = (names: readonly PartnerName[], lang: string): string | undefined =>
    names.find((name) => name.kind === 'name' && name.lang === lang && name.years?.to === undefined)?.text ??
    names.find((name) => name.kind === 'name' && name.lang === lang)?.text;

  return {
    partners: file.partners,
    countries: file.countries,
    byId: (id) => indexes().byId.get(id),
    country: (code) => indexes().countries.get(code),
    partnersOfCountry: (code) => [...(indexes().byCountry.get(code) ?? [])],
    partnersOfProgramme: (programmeId) => [...(indexes().byProgramme.get(programmeId) ?? [])],
    countryByPrefix(text) {
      const prefix = text.length === 2 && text.startsWith('中') ? text.slice(1) : text;
      return [...(indexes().byPrefix.get(prefix) ?? [])];
    },
    partnerFacts(id, options = {}) {
      const facts = indexes().byId.get(id)?.facts ?? [];
      const wanted = options.programme === undefined
        ? facts
        : facts.filter((fact) => fact.programme === undefined || fact.programme === options.programme);
      return wanted
        .map((fact, order) => ({ fact, order }))
        .sort((a, b) => b.fact.year - a.fact.year || (b.fact.to ?? b.fact.year) - (a.fact.to ?? a.fact.year) || a.order - b.order)
        .map(({ fact }) => fact);
    },
    displayName(id, lang) {
      const partner = indexes().byId.get(id);
      if (!partner) return undefined;
      const names = partner.names ?? [];
      const own = currentName(names, lang) ?? currentName(names, lang === 'zh' ? 'en' : 'zh');
      if (own !== undefined && (partner.kind !== 'country' || names.length > 0)) return own;
      const country = partner.countries.length === 1 ? indexes().countries.get(partner.countries[0]!) : undefined;
      return country?.name[lang] ?? own ?? names[0]?.text;
    },
  };
}

/** The partner's current abbreviation (DFG, JSPS), if it has one: not one it has stopped using. */
export function currentAbbreviation(partner: Partner): string | undefined {
  return partner.names?.find((name) => name.kind === 'abbreviation' && name.years?.to === undefined)?.text;
}
