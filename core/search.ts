/**
 * Quick search over the catalogue: what the popup and the catalogue page call on every keystroke.
 *
 * Four tiers, best first, one result per entry:
 *  1. exact: the folded query equals a folded name, English name, alias, full pinyin or pinyin
 *     initials (folding makes 重点国际(地区)… and 重点国际（地区）… the same key);
 *  2. prefix: a folded form starts with the folded query (sorted keys + binary search, so the
 *     cost does not grow with the catalogue);
 *  3. words: the query's words and Chinese bigrams against an inverted index of the names,
 *     aliases and focus areas, with typos found by fuse.js in the vocabulary
 *     (core/search-words.ts): "intergovermental", "reserch fund international scientists";
 *  4. contains: the folded query inside a summary.
 * Every index is built once in `createSearch`; a query allocates only its own results.
 *
 * Pinyin is computed at build time (scripts/gen/search-index.ts → core/generated/pinyin.json)
 * so the popup never ships a pinyin dictionary.
 *
 * Pure: no DOM, no browser API.
 */
import { defaultFoldTable } from './default-fold';
import { foldWith } from './fold';
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

/** Which written form of an entry the query matched, so the UI can say "former name". */
export type MatchedKind = 'name' | 'english' | Alias['kind'] | 'focus' | 'summary';
export type MatchHow = 'exact' | 'prefix' | 'pinyin' | 'initials' | 'words' | 'contains';

export interface MatchedVia {
  kind: MatchedKind;
  /** The form as the catalogue writes it (for pinyin hits: the Chinese form it spells). */
  text: string;
  how: MatchHow;
  years?: Years;
  note?: Bilingual;
}

export interface SearchResult {
  entry: Entry;
  /** Lower is better; results come sorted by it. */
  score: number;
  matchedVia: MatchedVia;
}

export interface Search {
  /** The best entries for a query, best first; an empty or blank query gives none. */
  search(query: string, limit?: number): SearchResult[];
}

/** The part of the catalogue search needs (core/catalogue.ts's `Catalogue` has it). */
export interface Searchable {
  readonly entries: readonly Entry[];
}

/** One searchable written form of one entry. */
interface Form {
  entry: number;
  kind: MatchedKind;
  text: string;
  /** Folded text compared with the folded query. */
  key: string;
  /** How a hit on this form is reported: as typed text, or through its pinyin. */
  spelling: 'text' | 'pinyin' | 'initials';
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
  former: 6,
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
  const forms = collectForms(entries, pinyinIndex, fold);

  const exact = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const list = exact.get(form.key);
    if (list) list.push(index);
    else exact.set(form.key, [index]);
  });

  // Forms sorted by key, text and pinyin apart: every key with a given prefix is one
  // contiguous run, and a probe walks only the spelling it may match.
  const textSorted = sortedByKey(forms.filter((form) => form.spelling === 'text'));
  const pinyinSorted = sortedByKey(forms.filter((form) => form.spelling !== 'text'));

  // Words are read from what people type as text; pinyin is covered by the first two tiers.
  const wordForms = forms.filter((form) => form.spelling === 'text');
  const words = createWordIndex(wordForms.map((form) => form.key));

  const summaryKeys = entries.map((entry) => fold(`${entry.summary.zh}\n${entry.summary.en}`));
  const summaryForms = entries.map(summaryForm);

  // Best hit per entry so far, in scratch arrays reused by every query (no allocation
  // proportional to the catalogue per keystroke); `touched` lists the entries to reset.
  const bestScore = new Float64Array(entries.length).fill(Infinity);
  const bestForm: Form[] = new Array(entries.length);
  const bestHow: MatchHow[] = new Array(entries.length);
  const touched: number[] = [];

  function offer(form: Form, score: number, how: MatchHow): void {
    const entry = form.entry;
    if (bestScore[entry] === Infinity) touched.push(entry);
    if (score < bestScore[entry]) {
      bestScore[entry] = score;
      bestForm[entry] = form;
      bestHow[entry] = how;
    }
  }

  function onWordHit(doc: number, coverage: number, precision: number): void {
    const form = wordForms[doc];
    const miss = (1 - coverage) * 0.6 + (1 - precision) * 0.3;
    offer(form, WORDS + miss + form.rank / 1000, 'words');
  }

  /** Exact and prefix hits of a probe on the forms spelled as `spellings` says. */
  function exactAndPrefix(probe: string, spellings: 'any' | 'text' | 'pinyin'): void {
    for (const index of exact.get(probe) ?? []) {
      const form = forms[index];
      const isText = form.spelling === 'text';
      if ((spellings === 'text' && !isText) || (spellings === 'pinyin' && isText)) continue;
      offer(form, EXACT + form.rank / 100, hitHow(form, 'exact'));
    }
    if (spellings !== 'pinyin') prefixRun(textSorted, probe);
    if (spellings !== 'text') prefixRun(pinyinSorted, probe);
  }

  function prefixRun(table: SortedForms, probe: string): void {
    const start = lowerBound(table.keys, probe);
    const end = Math.min(table.keys.length, start + MAX_PREFIX_SCAN);
    for (let i = start; i < end; i++) {
      const form = table.forms[i];
      if (!form.key.startsWith(probe)) break;
      if (form.key === probe) continue;
      // The more of the form the query covers, the better (0 … just under 1).
      const uncovered = 1 - probe.length / form.key.length;
      offer(form, PREFIX + uncovered * 0.5 + form.rank / 100, hitHow(form, 'prefix'));
    }
  }

  /**
   * The `limit` best touched entries, best first; catalogue order breaks ties (families before
   * their members). A bounded insertion instead of sorting every hit: a one-letter query can
   * touch thousands of entries of a large catalogue.
   */
  function best(limit: number): number[] {
    const top: number[] = [];
    const before = (a: number, b: number) => bestScore[a] < bestScore[b] || (bestScore[a] === bestScore[b] && a < b);
    for (const entry of touched) {
      if (top.length === limit && !before(entry, top[top.length - 1])) continue;
      let at = top.length;
      while (at > 0 && before(entry, top[at - 1])) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const key = fold(query);
    if (key === '') return [];
    touched.length = 0;

    exactAndPrefix(key, 'any');
    // Pinyin keys have no spaces; "zhongdian guoji" must still find them.
    const compact = key.replaceAll(' ', '');
    if (compact !== key) exactAndPrefix(compact, 'pinyin');

    words.find(key, MIN_WORDS, onWordHit);

    if (key.length >= MIN_CONTAINS_LENGTH) {
      for (let entry = 0; entry < summaryKeys.length; entry++) {
        if (bestScore[entry] === Infinity && summaryKeys[entry].includes(key)) {
          offer(summaryForms[entry], CONTAINS, 'contains');
        }
      }
    }

    const results = best(limit).map((entry) => ({
      entry: entries[entry],
      score: bestScore[entry],
      matchedVia: viaOf(bestForm[entry], bestHow[entry]),
    }));
    for (const entry of touched) bestScore[entry] = Infinity;
    return results;
  }

  return { search };
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
    entry: index,
    kind: 'summary',
    text: entry.summary.zh,
    key: '',
    spelling: 'text',
    rank: KIND_RANK.summary,
  };
}

function collectForms(
  entries: readonly Entry[],
  pinyinIndex: PinyinIndex,
  fold: (text: string) => string,
): Form[] {
  const forms: Form[] = [];
  entries.forEach((entry, index) => {
    const add = (form: Omit<Form, 'entry' | 'key' | 'rank'>, key = fold(form.text)) => {
      if (key === '') return;
      const rank = KIND_RANK[form.kind] + SPELLING_RANK[form.spelling];
      forms.push({ ...form, entry: index, key, rank });
    };
    add({ kind: 'name', text: entry.name.zh, spelling: 'text' });
    for (const english of entry.name.en) {
      add({ kind: 'english', text: english.text, spelling: 'text', years: english.years, note: english.note });
    }
    for (const alias of entry.aliases) {
      add({ kind: alias.kind, text: alias.text, spelling: 'text', years: alias.years, note: alias.note });
    }
    for (const focus of entry.focus ?? []) {
      add({ kind: 'focus', text: focus.zh, spelling: 'text' });
      add({ kind: 'focus', text: focus.en, spelling: 'text' });
    }
    for (const spelled of pinyinIndex[entry.id] ?? []) {
      // Report a pinyin hit as the Chinese form it spells (a former name stays "former").
      const alias = entry.aliases.find((candidate) => candidate.text === spelled.text);
      const base = alias
        ? { kind: alias.kind, text: alias.text, years: alias.years, note: alias.note }
        : { kind: 'name' as const, text: spelled.text };
      add({ ...base, spelling: 'pinyin' }, spelled.compact);
      add({ ...base, spelling: 'initials' }, spelled.initials);
    }
  });
  return forms;
}
