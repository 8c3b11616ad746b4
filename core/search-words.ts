/**
 * The fuzzy tier of the quick search: an inverted index from words to the forms that contain
 * them, so a query costs what its words cost, not what the catalogue costs.
 *
 * A folded text is cut into tokens: Latin words ("intergovernmental", "rfis") and Chinese
 * character bigrams (重点, 点国, 国际…; a lone character stays a unigram). A query token finds
 * its postings
 *  - Latin: the same word, a word it begins (the word being typed), or a word within a typo
 *    or two, which fuse.js finds in the vocabulary (unique words, not records: the vocabulary
 *    grows far slower than the catalogue);
 *  - Chinese: the same bigram.
 * A form scores by how much of the query it covers and how much of itself the query covers.
 *
 * Pure: no DOM, no browser API.
 */
import Fuse from 'fuse.js';
import { LATIN_WORD_CLASS } from './fold';

const LATIN_WORD = new RegExp(`[${LATIN_WORD_CLASS}]+`, 'g');
const HAN_RUN = /\p{Script=Han}+/gu;

/** Latin words shorter than this are never read as typos (too many near neighbours). */
const MIN_TYPO_LENGTH = 4;
/** fuse.js threshold for a typo: about one error in four letters at most. */
const TYPO_THRESHOLD = 0.3;
/** A word being typed extends to at most this many vocabulary words. */
const MAX_PREFIX_WORDS = 64;
/** Word look-ups remembered between keystrokes (typing repeats every earlier word). */
const WORD_CACHE_SIZE = 256;

/** Similarity of a query word to a vocabulary word it matched. */
const SIM_EXACT = 1;
const SIM_PREFIX = 0.85;
const SIM_TYPO = 0.8;

/** The distinct tokens of a folded text. */
export function tokenize(folded: string): string[] {
  const tokens = new Set<string>();
  for (const word of folded.match(LATIN_WORD) ?? []) tokens.add(word);
  for (const run of folded.match(HAN_RUN) ?? []) {
    const chars = Array.from(run);
    if (chars.length === 1) tokens.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i] + chars[i + 1]);
  }
  return [...tokens];
}

function isLatin(token: string): boolean {
  return /^[a-z0-9\u00df-\u024f]+$/.test(token);
}

/**
 * Called for each matching document: its index (in the `docs` given to `createWordIndex`),
 * the share of the query's tokens it holds, weighted by how well (0…1], and the share of its
 * own tokens the query found (0…1]. A callback rather than a list: a short query may match
 * thousands of documents of a large catalogue, and none of them needs an object.
 */
export type OnWordHit = (doc: number, coverage: number, precision: number) => void;

export interface WordIndex {
  /**
   * Documents that cover at least `min.coverage` of the query's tokens, or whose own tokens
   * the query holds at least `min.precision` of (a name inside a longer pasted text); unordered.
   * `extendLast: false` reads the last word as whole, not as the start of a longer one (a
   * query that is an abbreviation: NSF is not NSFC).
   */
  find(
    foldedQuery: string,
    min: { coverage: number; precision: number },
    onHit: OnWordHit,
    options?: { extendLast?: boolean },
  ): void;
}

/** `docs` are folded texts; hits refer to them by index. */
export function createWordIndex(docs: readonly string[]): WordIndex {
  const postings = new Map<string, number[]>();
  const tokenCount = new Uint16Array(docs.length);
  docs.forEach((doc, index) => {
    const tokens = tokenize(doc);
    tokenCount[index] = tokens.length;
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(index);
      else postings.set(token, [index]);
    }
  });

  const vocabulary = [...postings.keys()].filter(isLatin).sort();
  // One fuse.js index per word length: a typo changes the length by a letter or two, so a
  // query word is compared only with words of nearly its length.
  const typoIndex = new Map<number, Fuse<string>>();
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_TYPO_LENGTH - 1) continue;
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  for (const [length, list] of byLength) {
    typoIndex.set(
      length,
      new Fuse(list, { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: TYPO_THRESHOLD }),
    );
  }

  const wordCache = new Map<string, [word: string, similarity: number][]>();

  /** Vocabulary words a query word may stand for, with their similarity. */
  function variants(word: string, isLast: boolean): [string, number][] {
    const cacheKey = `${isLast ? '+' : ''}${word}`;
    const cached = wordCache.get(cacheKey);
    if (cached) return cached;
    const found = new Map<string, number>();
    if (postings.has(word)) found.set(word, SIM_EXACT);
    if (isLast) {
      // The word still being typed: any vocabulary word it begins.
      let taken = 0;
      for (let i = lowerBound(vocabulary, word); i < vocabulary.length && taken < MAX_PREFIX_WORDS; i++) {
        if (!vocabulary[i].startsWith(word)) break;
        if (!found.has(vocabulary[i])) found.set(vocabulary[i], SIM_PREFIX);
        taken++;
      }
    }
    if (word.length >= MIN_TYPO_LENGTH) {
      // A typo changes a word's length by a letter or two, no more: fuse.js alone would
      // also accept "fund" inside "refunding".
      const slack = Math.max(1, Math.floor(word.length / 5));
      for (let length = word.length - slack; length <= word.length + slack; length++) {
        for (const hit of typoIndex.get(length)?.search(word) ?? []) {
          if (found.has(hit.item)) continue;
          found.set(hit.item, SIM_TYPO * (1 - (hit.score ?? 0)));
        }
      }
    }
    const result = [...found.entries()];
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.delete(wordCache.keys().next().value!);
    wordCache.set(cacheKey, result);
    return result;
  }

  // Scratch space reused by every query: no allocation proportional to the catalogue.
  const total = new Float64Array(docs.length);
  const matched = new Uint16Array(docs.length);
  const best = new Float64Array(docs.length);
  const touched: number[] = [];
  const touchedNow: number[] = [];

  function find(
    foldedQuery: string,
    min: { coverage: number; precision: number },
    onHit: OnWordHit,
    options: { extendLast?: boolean } = {},
  ): void {
    const tokens = tokenize(foldedQuery);
    if (tokens.length === 0) return;
    const lastWord = options.extendLast === false ? undefined : foldedQuery.match(LATIN_WORD)?.at(-1);
    touched.length = 0;

    for (const token of tokens) {
      touchedNow.length = 0;
      const candidates: [string, number][] = isLatin(token)
        ? variants(token, token === lastWord && /[a-z0-9\u00df-\u024f]$/.test(foldedQuery))
        : postings.has(token)
          ? [[token, SIM_EXACT]]
          : [];
      for (const [word, similarity] of candidates) {
        for (const doc of postings.get(word)!) {
          if (best[doc] === 0) touchedNow.push(doc);
          if (similarity > best[doc]) best[doc] = similarity;
        }
      }
      for (const doc of touchedNow) {
        if (matched[doc] === 0) touched.push(doc);
        total[doc] += best[doc];
        matched[doc]++;
        best[doc] = 0;
      }
    }

    for (const doc of touched) {
      const coverage = total[doc] / tokens.length;
      const precision = Math.min(1, matched[doc] / tokenCount[doc]);
      total[doc] = 0;
      matched[doc] = 0;
      if (coverage >= min.coverage || precision >= min.precision) onHit(doc, coverage, precision);
    }
  }

  return { find };
}

/** First position in a sorted array whose value is ≥ `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
