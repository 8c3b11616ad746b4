/**
 * Quick search over the catalogue: what the popup and the catalogue page call on every keystroke.
 *
 * What it finds: the programmes (data/programs.json) and, when given, the partners
 * (data/partners.json: NSFC's counterpart organisations and MOST's country lines) by their
 * names, abbreviations, former names, call titles, their country (德国, Germany, 新西兰) and the
 * 中X prefix of call names (中德: every German partner, NSFC's and MOST's).
 *
 * Four tiers, best first, one result per entry or partner:
 *  1. exact: the folded query equals a folded name, English name, alias, full pinyin or pinyin
 *     initials (folding makes 重点国际(地区)… and 重点国际（地区）… the same key);
 *  2. prefix: a folded form starts with the folded query (sorted keys + binary search, so the
 *     cost does not grow with the catalogue);
 *  3. words: the query's words and Chinese bigrams against an inverted index of the names,
 *     aliases and focus areas, with typos found by fuse.js in the vocabulary
 *     (core/search-words.ts): "intergovermental", "reserch fund international scientists";
 *     and pinyin syllables anywhere in a name (core/search-syllables.ts): "zhongdian" finds
 *     战略性科技创新合作重点专项 as well as 重点国际…;
 *  4. contains: the folded query inside a summary, as whole words for Latin text.
 * An abbreviation matches whole: when the query is one (NSF, DFG), names that merely begin
 * with it (NSFC…) are not offered.
 * Every index is built once in `createSearch`; a query allocates only its own results.
 *
 * Pinyin is computed at build time (scripts/gen/search-index.ts → core/generated/pinyin.json)
 * so the popup never ships a pinyin dictionary.
 *
 * Pure: no DOM, no browser API.
 */
import { FUNDER_NAMES } from './catalogue';
import { defaultFoldTable } from './default-fold';
import { foldWith, isLatinWordChar } from './fold';
import type { Partner } from './partner-schema';
import type { PartnerCatalogue } from './partners';
import { createSyllableIndex } from './search-syllables';
import { createWordIndex, lowerBound } from './search-words';
import type { Alias, Bilingual, Entry, Years } from './schema';

/** Pinyin of one Chinese name or alias of an entry, as written by the build step. */
export interface PinyinForm {
  /** The Chinese form it spells (the entry's name or one of its aliases). */
  text: string;
  /** Syllables without tones, separated by spaces: "zhong dian guo ji di qu ...". */
  spaced: string;
  /** The same without spaces: "zhongdianguoji...". */
  compact: string;
  /** First letter of each syllable: "zdgjdq...". */
  initials: string;
}

/** Entry id → pinyin of each of its Chinese names and aliases. */
export type PinyinIndex = Record<string, PinyinForm[]>;

/**
 * Which written form of an entry or partner the query matched, so the UI can say "former
 * name". A family is also found by its funder (`funder`: NSFC, 国家自然科学基金委员会).
 * Partners add `unit` (a council of the partner), `title` (a call title as notices write it),
 * `country` (the partner's country) and `prefix` (the 中X of call names).
 */
export type MatchedKind =
  | 'name'
  | 'english'
  | Alias['kind']
  | 'funder'
  | 'unit'
  | 'title'
  | 'country'
  | 'prefix'
  | 'focus'
  | 'summary';
export type MatchHow = 'exact' | 'prefix' | 'pinyin' | 'initials' | 'words' | 'contains';

export interface MatchedVia {
  kind: MatchedKind;
  /** The form as the catalogue writes it (for pinyin hits: the Chinese form it spells). */
  text: string;
  how: MatchHow;
  years?: Years;
  note?: Bilingual;
}

interface ResultBase {
  /** Lower is better; results come sorted by it. */
  score: number;
  matchedVia: MatchedVia;
}

/** A programme (or family, category, sub-type) of the catalogue. */
export interface EntryResult extends ResultBase {
  kind: 'entry';
  id: string;
  entry: Entry;
}

/** A partner: an organisation, country line or group of data/partners.json. */
export interface PartnerResult extends ResultBase {
  kind: 'partner';
  id: string;
  partner: Partner;
}

export type SearchResult = EntryResult | PartnerResult;

export interface Search {
  /**
   * The best entries and partners for a query, best first; an empty or blank query gives none.
   * `loose`: word hits need cover only a third of the query (for "nearest" offers when the
   * query found nothing, core/search-hints.ts).
   */
  search(query: string, limit?: number, options?: { loose?: boolean }): SearchResult[];
}

/** The part of the catalogue search needs (core/catalogue.ts's `Catalogue` has it). */
export interface Searchable {
  readonly entries: readonly Entry[];
}

/** One searchable written form of one entry or partner. */
interface Form {
  /** Index of the entry, or entries.length + index of the partner. */
  target: number;
  kind: MatchedKind;
  text: string;
  /** Folded text compared with the folded query. */
  key: string;
  /** How a hit on this form is reported: as typed text, or through its pinyin. */
  spelling: 'text' | 'pinyin' | 'initials';
  /** Pinyin forms: the syllables, for pinyin inside a name. */
  syllables?: readonly string[];
  /**
   * Matched only whole, never by its beginning: the pinyin of a 中X prefix is two syllables,
   * and "zhongda" (重大…) would otherwise list the Danish partners (zhongdan) first.
   */
  wholeOnly?: true;
  years?: Years;
  note?: Bilingual;
  /** Tie-break among forms of equal tier: names before aliases before pinyin. */
  rank: number;
}

/** Names first; former names after current ones; pinyin after the characters themselves. */
const KIND_RANK: Record<MatchedKind, number> = {
  name: 0,
  short: 1,
  abbreviation: 2,
  english: 3,
  variant: 4,
  colloquial: 5,
  unit: 5,
  former: 6,
  title: 7,
  funder: 7,
  country: 7,
  prefix: 7,
  focus: 8,
  summary: 9,
};
const SPELLING_RANK = { text: 0, pinyin: 10, initials: 20 } as const;

/** Score bands: any exact hit beats any prefix hit beats any word hit beats a summary hit. */
const EXACT = 0;
const PREFIX = 1;
const WORDS = 2;
const CONTAINS = 3;

/**
 * A word hit must cover at least this share of the query (typos count a little less), or the
 * query must hold nearly all of the form: a notice title pasted whole (the context menu's
 * look-up) finds the programme named inside it.
 */
const MIN_WORDS = { coverage: 0.6, precision: 0.9 };
const MIN_WORDS_LOOSE = { coverage: 0.34, precision: 0.6 };
/**
 * A prefix hit is looked for among at most this many forms: a query of a letter or two begins
 * thousands of forms of a large catalogue, and ranking them all would say nothing more.
 */
const MAX_PREFIX_SCAN = 1000;
/** Summaries are searched only for queries this long; shorter ones are everywhere. */
const MIN_CONTAINS_LENGTH = 2;
const DEFAULT_LIMIT = 20;

export interface SearchOptions {
  /**
   * Folds a text to its comparison key. Defaults to the matcher's folding (core/fold.ts)
   * with the generated traditional → simplified table, so 重點國際（地區）合作研究項目 finds
   * the catalogue's simplified name.
   */
  fold?: (text: string) => string;
  /**
   * The partners to search beside the programmes, with the build-time pinyin of their Chinese
   * forms (scripts/gen/search-index.ts → core/generated/partner-pinyin.json).
   */
  partners?: { catalogue: PartnerCatalogue; pinyin: readonly PinyinForm[] };
}

function defaultFold(text: string): string {
  return foldWith(defaultFoldTable(), text);
}

export function createSearch(
  catalogue: Searchable,
  pinyinIndex: PinyinIndex,
  options: SearchOptions = {},
): Search {
  const fold = options.fold ?? defaultFold;
  const entries = catalogue.entries;
  const partners = options.partners?.catalogue.partners ?? [];
  const targets = entries.length + partners.length;
  const forms = collectEntryForms(entries, pinyinIndex, fold);
  if (options.partners) forms.push(...collectPartnerForms(options.partners.catalogue, options.partners.pinyin, entries.length, fold));

  const exact = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const list = exact.get(form.key);
    if (list) list.push(index);
    else exact.set(form.key, [index]);
  });

  // Forms sorted by key, text and pinyin apart: every key with a given prefix is one
  // contiguous run, and a probe walks only the spelling it may match.
  const textSorted = sortedByKey(forms.filter((form) => form.spelling === 'text'));
  const pinyinForms = forms.filter((form) => form.spelling === 'pinyin');
  const pinyinSorted = sortedByKey(forms.filter((form) => form.spelling !== 'text'));
  const syllables = createSyllableIndex(pinyinForms.map((form) => form.syllables ?? []));

  // Words are read from what people type as text; pinyin has its own index. Call titles are
  // left out: their words are the programme's (政府间合作项目), which the programme answers.
  const wordForms = forms.filter((form) => form.spelling === 'text' && form.kind !== 'title');
  const words = createWordIndex(wordForms.map((form) => form.key));

  const summaryKeys = entries.map((entry) => fold(`${entry.summary.zh}\n${entry.summary.en}`));
  const summaryForms = entries.map(summaryForm);

  // Best hit per target so far, in scratch arrays reused by every query (no allocation
  // proportional to the catalogue per keystroke); `touched` lists the targets to reset.
  const bestScore = new Float64Array(targets).fill(Infinity);
  const bestForm: Form[] = new Array(targets);
  const bestHow: MatchHow[] = new Array(targets);
  const touched: number[] = [];

  function offer(form: Form, score: number, how: MatchHow): void {
    const target = form.target;
    if (bestScore[target] === Infinity) touched.push(target);
    if (score < bestScore[target]) {
      bestScore[target] = score;
      bestForm[target] = form;
      bestHow[target] = how;
    }
  }

  function onWordHit(doc: number, coverage: number, precision: number): void {
    const form = wordForms[doc];
    const miss = (1 - coverage) * 0.6 + (1 - precision) * 0.3;
    offer(form, WORDS + miss + form.rank / 1000, 'words');
  }

  function onSyllableHit(index: number, covered: number, length: number): void {
    const form = pinyinForms[index];
    // Pinyin anywhere in a name ranks with the word hits; more of the name covered is better.
    offer(form, WORDS + (1 - covered / length) * 0.3 + form.rank / 1000, 'pinyin');
  }

  /**
   * Exact hits of a probe on the forms spelled as `spellings` says. Returns whether one of
   * them is a Latin abbreviation (the query is one: it then matches whole).
   */
  function exactHits(probe: string, spellings: 'any' | 'pinyin'): boolean {
    let abbreviation = false;
    for (const index of exact.get(probe) ?? []) {
      const form = forms[index];
      const isText = form.spelling === 'text';
      if (spellings === 'pinyin' && isText) continue;
      offer(form, EXACT + form.rank / 100, hitHow(form, 'exact'));
      const named = form.kind === 'abbreviation' || form.kind === 'funder';
      if (isText && named && isLatinWordChar(form.key.charCodeAt(form.key.length - 1))) {
        abbreviation = true;
      }
    }
    return abbreviation;
  }

  /** Prefix hits; with `whole`, not on forms whose word goes on after the probe (NSF → NSFC). */
  function prefixRun(table: SortedForms, probe: string, whole: boolean): void {
    const start = lowerBound(table.keys, probe);
    const end = Math.min(table.keys.length, start + MAX_PREFIX_SCAN);
    for (let i = start; i < end; i++) {
      const form = table.forms[i];
      if (!form.key.startsWith(probe)) break;
      if (form.key === probe || form.wholeOnly) continue;
      if (whole && isLatinWordChar(form.key.charCodeAt(probe.length))) continue;
      // The more of the form the query covers, the better (0 … just under 1).
      const uncovered = 1 - probe.length / form.key.length;
      offer(form, PREFIX + uncovered * 0.5 + form.rank / 100, hitHow(form, 'prefix'));
    }
  }

  /**
   * The `limit` best touched targets, best first; catalogue order breaks ties (families before
   * their members, programmes before partners). A bounded insertion instead of sorting every
   * hit: a one-letter query can touch thousands of entries of a large catalogue.
   */
  function best(limit: number): number[] {
    const top: number[] = [];
    const before = (a: number, b: number) => bestScore[a] < bestScore[b] || (bestScore[a] === bestScore[b] && a < b);
    for (const target of touched) {
      if (top.length === limit && !before(target, top[top.length - 1])) continue;
      let at = top.length;
      while (at > 0 && before(target, top[at - 1])) at--;
      top.splice(at, 0, target);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  function resultOf(target: number): SearchResult {
    const score = bestScore[target];
    const matchedVia = viaOf(bestForm[target], bestHow[target]);
    if (target < entries.length) {
      const entry = entries[target];
      return { kind: 'entry', id: entry.id, entry, score, matchedVia };
    }
    const partner = partners[target - entries.length];
    return { kind: 'partner', id: partner.id, partner, score, matchedVia };
  }

  function search(query: string, limit = DEFAULT_LIMIT, searchOptions: { loose?: boolean } = {}): SearchResult[] {
    const key = fold(query);
    if (key === '') return [];
    touched.length = 0;

    // Pinyin keys have no spaces; "zhongdian guoji" must still find them.
    const compact = key.replaceAll(' ', '');
    const whole = exactHits(key, 'any');
    if (compact !== key) exactHits(compact, 'pinyin');
    prefixRun(textSorted, key, whole);
    prefixRun(pinyinSorted, key, whole);
    if (compact !== key) prefixRun(pinyinSorted, compact, whole);

    words.find(key, searchOptions.loose ? MIN_WORDS_LOOSE : MIN_WORDS, onWordHit, { extendLast: !whole });
    syllables.find(compact, onSyllableHit);

    if (key.length >= MIN_CONTAINS_LENGTH) {
      for (let entry = 0; entry < summaryKeys.length; entry++) {
        if (bestScore[entry] === Infinity && includesWhole(summaryKeys[entry], key)) {
          offer(summaryForms[entry], CONTAINS, 'contains');
        }
      }
    }

    const results = best(limit).map(resultOf);
    for (const target of touched) bestScore[target] = Infinity;
    return results;
  }

  return { search };
}

/**
 * Whether `needle` occurs in `haystack`, not inside a longer Latin word where it begins or
 * ends with a Latin letter or digit: "nsf" is not in "nsfc", "rfis" is in "rfis-ii".
 */
export function includesWhole(haystack: string, needle: string): boolean {
  const latinStart = isLatinWordChar(needle.charCodeAt(0));
  const latinEnd = isLatinWordChar(needle.charCodeAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = at > 0 && latinStart && isLatinWordChar(haystack.charCodeAt(at - 1));
    const after = latinEnd && isLatinWordChar(haystack.charCodeAt(at + needle.length));
    if (!before && !after) return true;
  }
  return false;
}

interface SortedForms {
  forms: Form[];
  keys: string[];
}

function sortedByKey(list: Form[]): SortedForms {
  const forms = [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { forms, keys: forms.map((form) => form.key) };
}

function hitHow(form: Form, how: 'exact' | 'prefix'): MatchHow {
  if (form.spelling === 'text') return how;
  return form.spelling;
}

function viaOf(form: Form, how: MatchHow): MatchedVia {
  const via: MatchedVia = { kind: form.kind, text: form.text, how };
  if (form.years) via.years = form.years;
  if (form.note) via.note = form.note;
  return via;
}

function summaryForm(entry: Entry, index: number): Form {
  return {
    target: index,
    kind: 'summary',
    text: entry.summary.zh,
    key: '',
    spelling: 'text',
    rank: KIND_RANK.summary,
  };
}

type NewForm = Omit<Form, 'target' | 'key' | 'rank'>;

/** Adds forms of one target to `forms`, folded and ranked; forms that fold to nothing are skipped. */
function formAdder(forms: Form[], fold: (text: string) => string) {
  return (target: number, form: NewForm, key = fold(form.text)) => {
    if (key === '') return;
    const rank = KIND_RANK[form.kind] + SPELLING_RANK[form.spelling];
    forms.push({ ...form, target, key, rank });
  };
}

/** The pinyin and initials forms of a Chinese form, reported as the form they spell. */
function spelledForms(base: Omit<NewForm, 'spelling'>, spelled: PinyinForm, initials: boolean): [NewForm, string][] {
  const syllables = spelled.spaced.split(' ');
  const list: [NewForm, string][] = [[{ ...base, spelling: 'pinyin', syllables }, spelled.compact]];
  if (initials) list.push([{ ...base, spelling: 'initials' }, spelled.initials]);
  return list;
}

function collectEntryForms(
  entries: readonly Entry[],
  pinyinIndex: PinyinIndex,
  fold: (text: string) => string,
): Form[] {
  const forms: Form[] = [];
  const add = formAdder(forms, fold);
  entries.forEach((entry, index) => {
    add(index, { kind: 'name', text: entry.name.zh, spelling: 'text' });
    for (const english of entry.name.en) {
      add(index, { kind: 'english', text: english.text, spelling: 'text', years: english.years, note: english.note });
    }
    for (const alias of entry.aliases) {
      add(index, { kind: alias.kind, text: alias.text, spelling: 'text', years: alias.years, note: alias.note });
    }
    if (entry.parent === null) {
      // A family is what a funder's name finds: "NSFC", "MOST", 国家自然科学基金委员会.
      add(index, { kind: 'funder', text: entry.funder, spelling: 'text' });
      add(index, { kind: 'funder', text: FUNDER_NAMES[entry.funder].zh, spelling: 'text' });
    }
    for (const focus of entry.focus ?? []) {
      add(index, { kind: 'focus', text: focus.zh, spelling: 'text' });
      add(index, { kind: 'focus', text: focus.en, spelling: 'text' });
    }
    for (const spelled of pinyinIndex[entry.id] ?? []) {
      // Report a pinyin hit as the Chinese form it spells (a former name stays "former").
      const alias = entry.aliases.find((candidate) => candidate.text === spelled.text);
      const base = alias
        ? { kind: alias.kind, text: alias.text, years: alias.years, note: alias.note }
        : { kind: 'name' as const, text: spelled.text };
      for (const [form, key] of spelledForms(base, spelled, true)) add(index, form, key);
    }
  });
  return forms;
}

/** An English name's leading article, which nobody types. */
const LEADING_ARTICLE = /^the\s+/i;

/**
 * Pinyin initials are indexed only for forms of at least this many syllables: a country's
 * two (德国 → dg) would answer every two-letter query with partners.
 */
const MIN_PARTNER_INITIALS = 3;

/**
 * The forms of every partner: its names (a country line takes its country's), its call titles,
 * its country's names and the 中X prefixes of its country; pinyin for the Chinese ones.
 */
function collectPartnerForms(
  catalogue: PartnerCatalogue,
  pinyin: readonly PinyinForm[],
  offset: number,
  fold: (text: string) => string,
): Form[] {
  const forms: Form[] = [];
  const add = formAdder(forms, fold);
  const spelledByText = new Map(pinyin.map((spelled) => [spelled.text, spelled]));
  const target = new Map(catalogue.partners.map((partner, index) => [partner.id, offset + index]));
  const addWithPinyin = (at: number, form: Omit<NewForm, 'spelling'>) => {
    add(at, { ...form, spelling: 'text' });
    const spelled = spelledByText.get(form.text);
    if (!spelled) return;
    const initials = spelled.spaced.split(' ').length >= MIN_PARTNER_INITIALS;
    for (const [pinyinForm, key] of spelledForms(form, spelled, initials)) add(at, pinyinForm, key);
  };

  catalogue.partners.forEach((partner) => {
    const at = target.get(partner.id)!;
    for (const name of partner.names ?? []) {
      const form = { kind: name.kind, text: name.text, years: name.years, note: name.note };
      addWithPinyin(at, form);
      // "Royal Society" is how people type The Royal Society.
      const bare = name.text.replace(LEADING_ARTICLE, '');
      if (bare !== name.text) add(at, { ...form, spelling: 'text' }, fold(bare));
    }
    if (partner.kind === 'country') {
      const country = catalogue.country(partner.countries[0]!);
      if (country) {
        addWithPinyin(at, { kind: 'name', text: country.name.zh });
        addWithPinyin(at, { kind: 'name', text: country.name.en });
      }
    }
    for (const link of partner.programmes) {
      for (const title of link.titles ?? []) addWithPinyin(at, { kind: 'title', text: title.text });
    }
  });

  for (const country of catalogue.countries) {
    for (const member of catalogue.partnersOfCountry(country.code)) {
      const at = target.get(member.id)!;
      // A country's own line already has the country's names as its names.
      if (!(member.kind === 'country' && member.id === country.code)) {
        addWithPinyin(at, { kind: 'country', text: country.name.zh });
        addWithPinyin(at, { kind: 'country', text: country.name.en });
      }
      for (const prefix of country.prefixes ?? []) {
        const text = `中${prefix.text}`;
        add(at, { kind: 'prefix', text, spelling: 'text' });
        const spelled = spelledByText.get(text);
        if (spelled) add(at, { kind: 'prefix', text, spelling: 'pinyin', wholeOnly: true }, spelled.compact);
      }
    }
  }
  return forms;
}
