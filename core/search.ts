/**
 * Quick search over the catalogue: what the popup and the catalogue page call on every keystroke.
 *
 * Three tiers, best first, one result per entry:
 *  1. exact: the folded query equals a folded name, English name, alias, full pinyin or pinyin
 *     initials (folding makes 重点国际(地区)…, 重點國際（地區）… and 重点国际（地区）… the same key);
 *  2. prefix: a folded form starts with the folded query (sorted keys + binary search, so the
 *     cost does not grow with the catalogue);
 *  3. fuzzy: fuse.js over the same forms plus the spaced pinyin and the focus areas (typos such
 *     as "intergovermental"), then a plain substring test over the summaries.
 * Every index is built once in `createSearch`; a query allocates only its own results.
 *
 * Pinyin is computed at build time (scripts/gen/search-index.ts → core/generated/pinyin.json)
 * so the popup never ships a pinyin dictionary.
 *
 * Pure: no DOM, no browser API.
 */
import Fuse from 'fuse.js';
import { foldKey } from './fold';
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
export type MatchHow = 'exact' | 'prefix' | 'pinyin' | 'initials' | 'fuzzy' | 'contains';

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

/** Score bands: any exact hit beats any prefix hit beats any fuzzy hit. */
const EXACT = 0;
const PREFIX = 1;
const FUZZY = 2;
const CONTAINS = 3;

/** Fuzzy matching needs at least this many folded characters; one letter matches everything. */
const MIN_FUZZY_LENGTH = 2;
/** How far a fuzzy hit may stray (fuse.js: 0 exact … 1 anything). */
const FUZZY_THRESHOLD = 0.34;
const DEFAULT_LIMIT = 20;

export interface SearchOptions {
  /**
   * Folds a text to its comparison key. Defaults to core/fold.ts's `foldKey`; pass
   * `(text) => foldWith(buildFoldTable(tradToSimp), text)` so queries in traditional script
   * find the (simplified) catalogue names.
   */
  fold?: (text: string) => string;
}

export function createSearch(
  catalogue: Searchable,
  pinyinIndex: PinyinIndex,
  options: SearchOptions = {},
): Search {
  const fold = options.fold ?? foldKey;
  const entries = catalogue.entries;
  const forms = collectForms(entries, pinyinIndex, fold);

  const exact = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const list = exact.get(form.key);
    if (list) list.push(index);
    else exact.set(form.key, [index]);
  });

  // Form indices sorted by key: every key with a given prefix is one contiguous run.
  const byKey = forms
    .map((_, index) => index)
    .sort((a, b) => (forms[a].key < forms[b].key ? -1 : forms[a].key > forms[b].key ? 1 : 0));

  // Fuzzy search reads the forms typed as text and the spaced pinyin, not the initials
  // (a typo in an initialism is indistinguishable from another initialism).
  const fuzzyForms = forms.filter((form) => form.spelling !== 'initials');
  const fuse = new Fuse(fuzzyForms, {
    keys: ['key'],
    includeScore: true,
    ignoreLocation: true,
    threshold: FUZZY_THRESHOLD,
    minMatchCharLength: MIN_FUZZY_LENGTH,
  });

  const summaryKeys = entries.map((entry) => fold(`${entry.summary.zh}\n${entry.summary.en}`));

  function search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const key = fold(query);
    if (key === '') return [];
    // Pinyin keys have no spaces; "zhongdian guoji" must still find them.
    const compact = key.replaceAll(' ', '');
    const best = new Map<number, { score: number; form: Form; how: MatchHow }>();
    const offer = (form: Form, score: number, how: MatchHow) => {
      const current = best.get(form.entry);
      if (!current || score < current.score) best.set(form.entry, { score, form, how });
    };

    const exactAndPrefix = (probe: string, pinyinOnly: boolean) => {
      for (const index of exact.get(probe) ?? []) {
        const form = forms[index];
        if (pinyinOnly && form.spelling === 'text') continue;
        offer(form, EXACT + form.rank / 100, hitHow(form, 'exact'));
      }
      for (let i = lowerBound(byKey, forms, probe); i < byKey.length; i++) {
        const form = forms[byKey[i]];
        if (!form.key.startsWith(probe)) break;
        if (form.key === probe || (pinyinOnly && form.spelling === 'text')) continue;
        // The more of the form the query covers, the better (0 … just under 1).
        const uncovered = 1 - probe.length / form.key.length;
        offer(form, PREFIX + uncovered * 0.5 + form.rank / 100, hitHow(form, 'prefix'));
      }
    };
    exactAndPrefix(key, false);
    if (compact !== key) exactAndPrefix(compact, true);

    if (key.length >= MIN_FUZZY_LENGTH) {
      for (const hit of fuse.search(key)) {
        const form = hit.item;
        offer(form, FUZZY + (hit.score ?? 1) + form.rank / 1000, hitHow(form, 'fuzzy'));
      }
      summaryKeys.forEach((summary, entry) => {
        if (!best.has(entry) && summary.includes(key)) {
          offer(summaryForm(entries[entry], entry), CONTAINS, 'contains');
        }
      });
    }

    return [...best.entries()]
      .sort((a, b) => a[1].score - b[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([entry, { score, form, how }]) => ({
        entry: entries[entry],
        score,
        matchedVia: viaOf(form, how),
      }));
  }

  return { search };
}

function hitHow(form: Form, how: 'exact' | 'prefix' | 'fuzzy'): MatchHow {
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

/** First position in `sorted` whose form key is ≥ `key`. */
function lowerBound(sorted: number[], forms: Form[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (forms[sorted[mid]].key < key) low = mid + 1;
    else high = mid;
  }
  return low;
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
