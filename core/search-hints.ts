/**
 * When the quick search finds nothing, why, and the nearest thing it can offer (issue 14: the
 * popup must never dead-end):
 * - a grant number (41620104001, 2016YFE0100300): numbers are read where a page writes them,
 *   not searched; what its pattern says (core/grant-numbers.ts) is shown, and the programme it
 *   points to offered;
 * - a deadline (截止日期, "deadline"): dates are in each year's call, not in the catalogue; what
 *   the rest of the query names is offered;
 * - anything else: the entries and partners that share most with it (looser word matching,
 *   then each word alone), or, when nothing does, what the search understands.
 *
 * Pure: no DOM, no browser API.
 */
import type { Catalogue } from './catalogue';
import { defaultFoldTable } from './default-fold';
import { foldWith } from './fold';
import { readGrantNumber } from './grant-numbers';
import { catalogueNames, explainGrantNumber, type GrantNumberText } from './grant-number-texts';
import type { Search, SearchResult } from './search';
import type { GrantNumberReading } from './types';

export type EmptyHint =
  /**
   * The query looks like a grant number; `reading`: what its pattern says, when it has one of
   * the patterns, and `text` that in words; `results`: the programme it points to.
   */
  | { kind: 'grant-number'; reading?: GrantNumberReading; text?: GrantNumberText; results: SearchResult[] }
  /** The query asks for a deadline; `results`: what the rest of it names (may be none). */
  | { kind: 'deadline'; results: SearchResult[] }
  /** Nothing by that name; these share part of it. */
  | { kind: 'nearest'; results: SearchResult[] }
  /** Nothing near it either. */
  | { kind: 'nothing' };

/** Nearest results offered at most. */
const NEAREST_LIMIT = 5;

/**
 * What a deadline question is written with. The catalogue holds programmes and their rules,
 * not each year's dates (those are in the calls).
 */
const DEADLINE_WORDS = [
  '截止日期', '截止时间', '截止', '截至', '申报时间', '申请时间', '受理时间', '申报日期', '什么时候', '何时', '日期',
  'deadlines', 'deadline', 'due date', 'closing date', 'when',
];
const DEADLINE = new RegExp(
  DEADLINE_WORDS.map((word) => (/^[a-z ]+$/.test(word) ? `\\b${word.replace(/ /g, '\\s*')}\\b` : word)).join('|'),
  'gi',
);

/**
 * The query's tokens that read as grant numbers: at least six digits and at most four letters,
 * nothing else (41620104001, 2016YFE0100300, 2011DFA72420), in upper case as
 * core/grant-numbers.ts reads them. A likeness: digits that have none of the patterns still
 * say "a number", and are still not searched.
 */
export function grantNumberTokens(query: string): string[] {
  const folded = foldWith(defaultFoldTable(), query);
  // Runs of letters and digits (with the dashes people type inside numbers): 批准号41620104001
  // and "No. 2016YFE0100300" hold one each.
  return (folded.match(/[a-z0-9][a-z0-9_/-]*/g) ?? []).flatMap((token) => {
    const compact = token.replace(/[-_/]/g, '');
    const digits = compact.replace(/[a-z]/g, '').length;
    return digits >= 6 && compact.length - digits <= 4 ? [compact.toUpperCase()] : [];
  });
}

export function looksLikeGrantNumber(query: string): boolean {
  return grantNumberTokens(query).length > 0;
}

/**
 * Why `query` found nothing in `search`, and what to offer instead. With the catalogue, a
 * grant number is read by its pattern and the programme it points to offered.
 */
export function explainEmpty(query: string, search: Search, catalogue?: Catalogue): EmptyHint {
  const numbers = grantNumberTokens(query);
  if (numbers.length > 0) return grantNumberHint(numbers[0], catalogue);

  const rest = query.replace(DEADLINE, ' ');
  if (rest !== query) return { kind: 'deadline', results: rest.trim() === '' ? [] : nearest(rest, search) };

  const results = nearest(query, search);
  return results.length > 0 ? { kind: 'nearest', results } : { kind: 'nothing' };
}

/** The query as it is, then loosely, then each of its words alone; the first that finds something. */
function nearest(query: string, search: Search): SearchResult[] {
  const direct = search.search(query, NEAREST_LIMIT);
  if (direct.length > 0) return direct;
  const loose = search.search(query, NEAREST_LIMIT, { loose: true });
  if (loose.length > 0) return loose;
  const found = new Map<string, SearchResult>();
  for (const part of partsOf(query)) {
    for (const result of search.search(part, NEAREST_LIMIT)) {
      const key = `${result.kind}:${result.id}`;
      const known = found.get(key);
      if (!known || result.score < known.score) found.set(key, result);
    }
  }
  return [...found.values()].sort((a, b) => a.score - b.score).slice(0, NEAREST_LIMIT);
}

/** Latin words and runs of Chinese characters of two or more characters. */
function partsOf(query: string): string[] {
  return query.match(/[\p{Script=Han}]{2,}|[\p{L}\p{N}][\p{L}\p{N}-]+/gu) ?? [];
}

function grantNumberHint(token: string, catalogue: Catalogue | undefined): EmptyHint {
  if (!catalogue) return { kind: 'grant-number', results: [] };
  const read = readGrantNumber(token);
  if (!read || 'rejected' in read) return { kind: 'grant-number', results: [] };
  const { reading } = read;
  const entry = reading.entryId === null ? undefined : catalogue.byId(reading.entryId);
  const results: SearchResult[] = entry
    ? [{ kind: 'entry', id: entry.id, entry, score: 0, matchedVia: { kind: 'name', text: entry.name.zh, how: 'exact' } }]
    : [];
  return { kind: 'grant-number', reading, text: explainGrantNumber(reading, catalogueNames(catalogue)), results };
}
