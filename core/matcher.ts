/**
 * One Aho–Corasick automaton over folded pattern keys, scanning raw text with the fold
 * table on the fly: leftmost-longest, non-overlapping, offsets into the raw text.
 *
 * Why it is shaped like this (speed is measured in bench/; docs/architecture.md, «The automaton»):
 * - A class table over the whole BMP turns each raw code unit into a symbol in one read:
 *   0 = cannot be part of any name (the fast path: back to the root), 1 = ignored inside
 *   names (quotes, zero-width), 2 = whitespace, 3+ = a character some pattern uses.
 * - Transitions live in typed arrays: a dense row for the root (visited most), sorted edge
 *   lists for the other states. A dense states × alphabet table would explode with large
 *   catalogues; edge lists keep memory linear in the total pattern length.
 * - No allocation per character: the raw position of each consumed symbol goes into a ring
 *   buffer, so a match's start is read back from its length; objects are made only for matches.
 *
 * Leftmost-longest on top of Aho–Corasick: a found match is only a candidate until the
 * automaton's current path starts after the candidate's start (then no later match can
 * start at or before it); an earlier-starting or longer candidate replaces it. Once it is
 * reported, scanning resumes at its end from the root, so matches that overlap it are
 * dropped and matches right after it are not (the rescan covers at most one name's length).
 *
 * Whitespace: a pattern key holds a space only between two Latin words (see foldWith). In
 * the text, a whitespace run between two Latin words is one space symbol, and anywhere else
 * it is skipped, so "国际 合作", PDF line breaks in a name, "Joint\n  Research" and
 * "International (Regional)" all match their keys.
 *
 * Built in two steps: `buildAutomaton` turns the keys into plain data (typed arrays and numbers,
 * nothing else), `matcherOf` scans with it. The content script does not run the first on a
 * page: the build compiles the bundled catalogue and ships only the keys, and the start-up
 * rebuilds the trie and its links from them (`automatonOf`, linear in the keys' length) with a
 * class table written for the code units it reads (`classTableOf`), issue 12,
 * core/recognition-pack.ts.
 *
 * Two hooks let the recognizer's composer (core/composer.ts) sit on top without a second scan:
 * - a guard: patterns flagged in `guarded` are reported only if `accept` says so (the case of
 *   all-caps abbreviations, core/abbreviation-case.ts); a refused pattern is treated as if it had
 *   not matched there, so a shorter or later one can still win;
 * - a resume point: `scanTokens`' callback returns where to go on scanning — the match's end,
 *   or an earlier point when the composer drops a piece that may hide a name starting inside
 *   it (always past the start of that piece, so the scan ends).
 *
 * Pure: no DOM, no browser API.
 */
import { FOLD_IGNORED, FOLD_SPACE, isLatinWordChar } from './fold';

const CLASS_NONE = 0;
const CLASS_IGNORED = 1;
const CLASS_SPACE = 2;
const FIRST_SYMBOL = 3;
const ROOT = 0;
/** Above this many edges a state's edge list is binary-searched instead of scanned. */
const LINEAR_SCAN_MAX = 8;

/** Called for each match, in text order: raw UTF-16 offsets and the index of the pattern key. */
export type OnMatch = (start: number, end: number, pattern: number) => void;

/**
 * Like OnMatch, and returns where to scan on from: `end` normally; a point after `start` and
 * before `end` to look again inside the match (see the resume hook above).
 */
export type OnToken = (start: number, end: number, pattern: number) => number;

export interface Matcher {
  readonly patternCount: number;
  /**
   * Reports the matches starting at or after `from` (default 0). The text before `from` is
   * context only: word boundaries are checked against it, as one scan from 0 would.
   */
  scan(text: string, onMatch: OnMatch, from?: number): void;
  /**
   * The same scan, where the caller says after each match where to go on (OnToken); matches
   * are read within [from, to) (default: to the text's end).
   */
  scanTokens(text: string, onToken: OnToken, from?: number, to?: number): void;
}

/** Patterns that match only where `accept` agrees (checked once the match's offsets are known). */
export interface MatchGuard {
  /** 1 for each pattern index that needs `accept`. */
  guarded: Uint8Array;
  accept(text: string, start: number, end: number, pattern: number): boolean;
}

/**
 * The compiled automaton as plain data: typed arrays and numbers only (core/recognition-pack.ts
 * packs what it is made from for the content script, issue 12).
 */
export interface AutomatonData {
  patternCount: number;
  stateCount: number;
  /** Longest key, in symbols: the ring buffer of positions. */
  maxDepth: number;
  /** Raw code unit → class (see the header): 0 none, 1 ignored, 2 space, 3+ a symbol. */
  classOf: Uint16Array;
  spaceSymbol: number;
  /** 1 for symbols that are Latin letters or digits. */
  symbolIsWord: Uint8Array;
  /** The root's dense row: symbol → state (0: none). */
  rootNext: Int32Array;
  /** Edge lists (CSR): a state's children by symbol, sorted. */
  edgeStart: Int32Array;
  edgeSymbol: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  /** Nearest proper suffix state that ends a pattern, or -1. */
  dictLink: Int32Array;
  /** The pattern a state ends, or -1. */
  output: Int32Array;
  depth: Int32Array;
  /** 1 where a state ends a pattern or has a suffix that does. */
  reports: Uint8Array;
  /** 1 where the symbol into a state is a Latin letter or digit. */
  endsWithWord: Uint8Array;
  /** Per pattern: 1 when it starts (ends) with a Latin letter or digit, so needs a word boundary there. */
  boundaryBefore: Uint8Array;
  boundaryAfter: Uint8Array;
}

/** For each folded code unit, the raw code units that fold to it (CSR arrays). */
interface Preimages {
  start: Int32Array;
  raw: Uint16Array;
}

const preimageCache = new WeakMap<Uint16Array, Preimages>();

/**
 * The inverse of a fold table, computed once per table: compiling a matcher then touches only
 * the code units of its own characters instead of the whole 64 K table.
 */
function preimagesOf(foldTable: Uint16Array): Preimages {
  const cached = preimageCache.get(foldTable);
  if (cached) return cached;
  const start = new Int32Array(0x10001);
  for (let c = 0; c < 0x10000; c++) start[foldTable[c]! + 1]++;
  for (let f = 0; f < 0x10000; f++) start[f + 1] += start[f]!;
  const raw = new Uint16Array(0x10000);
  const filled = start.slice(0, 0x10000);
  for (let c = 0; c < 0x10000; c++) raw[filled[foldTable[c]!]!++] = c;
  const preimages = { start, raw };
  preimageCache.set(foldTable, preimages);
  return preimages;
}

/**
 * Compiles folded keys (as produced by `foldWith(foldTable, …)`) into a matcher over raw text.
 * A key starting (ending) with a Latin letter or digit only matches at a word boundary there.
 */
export function compileMatcher(keys: readonly string[], foldTable: Uint16Array, guard?: MatchGuard): Matcher {
  return matcherOf(buildAutomaton(keys, foldTable), foldTable, guard);
}

/** The automaton of folded keys, as plain data (see AutomatonData). */
export function buildAutomaton(keys: readonly string[], foldTable: Uint16Array): AutomatonData {
  const codes = symbolCodesOf(keys);
  if (codes.length > 0xffff - FIRST_SYMBOL) throw new Error('matcher: too many distinct characters in the names');
  // The class of every raw code unit, written only where it is not CLASS_NONE: the raw code
  // units that fold to a name character, a space or nothing (see preimagesOf).
  const preimages = preimagesOf(foldTable);
  const classOf = new Uint16Array(0x10000);
  const mark = (folded: number, value: number) => {
    for (let k = preimages.start[folded]!; k < preimages.start[folded + 1]!; k++) classOf[preimages.raw[k]!] = value;
  };
  mark(FOLD_IGNORED, CLASS_IGNORED);
  mark(FOLD_SPACE, CLASS_SPACE);
  codes.forEach((code, i) => {
    if (code !== FOLD_SPACE && code !== FOLD_IGNORED) mark(code, FIRST_SYMBOL + i);
  });
  return automatonOf(keys, classOf, codes);
}

/**
 * The symbols of a set of keys: one per distinct folded code unit they use, in code-unit order
 * (so that children created from sorted keys come out sorted by symbol); symbol FIRST_SYMBOL + i
 * is codes[i].
 */
export function symbolCodesOf(keys: readonly string[]): Uint16Array {
  const used = new Uint8Array(0x10000);
  const codes: number[] = [];
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (used[code] === 0) {
        used[code] = 1;
        codes.push(code);
      }
    }
  }
  return Uint16Array.from(codes).sort(); // a typed array sorts numerically, natively
}

/**
 * The class table of `buildAutomaton`, written for the code units listed only (every other one
 * is class 0): for a start-up that knows which code units fold to anything a key, a space or an
 * ignored character can be (core/recognition-pack.ts), so it touches those instead of the 64 K
 * table. `buildAutomaton` goes through the fold table's inverse instead, cached per table, so
 * that compiling many matchers (tests, bench) touches only their own characters. Both give the
 * same table (tests/unit/recognition-pack.test.ts).
 */
export function classTableOf(
  keys: readonly string[],
  foldTable: Uint16Array,
  codeUnits: ArrayLike<number>,
  codes: Uint16Array = symbolCodesOf(keys),
): Uint16Array {
  const symbolOf = new Uint16Array(0x10000);
  codes.forEach((code, i) => (symbolOf[code] = FIRST_SYMBOL + i));
  const classOf = new Uint16Array(0x10000);
  for (let i = 0; i < codeUnits.length; i++) {
    const c = codeUnits[i]!;
    const folded = foldTable[c]!;
    classOf[c] = folded === FOLD_IGNORED ? CLASS_IGNORED : folded === FOLD_SPACE ? CLASS_SPACE : symbolOf[folded]!;
  }
  return classOf;
}

/**
 * The automaton of folded keys over a class table made for them (`buildAutomaton`,
 * `classTableOf`): the trie, its edge lists, failure and dictionary links. Linear in the keys'
 * total length (under a millisecond for the bundled catalogue's 743 keys), so a start-up that
 * ships the keys instead of the arrays pays little for it (core/recognition-pack.ts).
 */
export function automatonOf(keys: readonly string[], classOf: Uint16Array, codes: Uint16Array = symbolCodesOf(keys)): AutomatonData {
  const symbolOf = new Uint16Array(0x10000);
  codes.forEach((code, i) => (symbolOf[code] = FIRST_SYMBOL + i));
  const symbolCount = FIRST_SYMBOL + codes.length;
  const spaceSymbol = symbolOf[FOLD_SPACE]!;

  // Trie from the keys in sorted order: each key shares its common prefix with the one
  // before, so states are appended without any lookup (fast for 10,000+ names).
  const order = keys
    .map((_, pattern) => pattern)
    .filter((pattern) => keys[pattern]!.length > 0)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  let capacity = 1;
  let maxDepth = 1;
  for (const pattern of order) {
    capacity += keys[pattern]!.length;
    maxDepth = Math.max(maxDepth, keys[pattern]!.length);
  }
  const parentOf = new Int32Array(capacity);
  const symbolInto = new Uint16Array(capacity);
  const depthOf = new Int32Array(capacity);
  const outputOf = new Int32Array(capacity).fill(-1);
  const path = new Int32Array(maxDepth + 1);
  let stateCount = 1;
  let previous = '';
  for (const pattern of order) {
    const key = keys[pattern]!;
    let common = 0;
    while (common < key.length && common < previous.length && key.charCodeAt(common) === previous.charCodeAt(common)) {
      common++;
    }
    for (let i = common; i < key.length; i++) {
      const state = stateCount++;
      parentOf[state] = path[i]!;
      symbolInto[state] = symbolOf[key.charCodeAt(i)]!;
      depthOf[state] = i + 1;
      path[i + 1] = state;
    }
    const last = path[key.length]!;
    if (outputOf[last] === -1) outputOf[last] = pattern;
    previous = key;
  }
  const depth = depthOf.slice(0, stateCount);
  const output = outputOf.slice(0, stateCount);

  // Edge lists (CSR): a state's children, in creation order, which is symbol order.
  const edgeStart = new Int32Array(stateCount + 1);
  for (let s = 1; s < stateCount; s++) edgeStart[parentOf[s]! + 1]++;
  for (let s = 0; s < stateCount; s++) edgeStart[s + 1] += edgeStart[s]!;
  const edgeCount = stateCount - 1;
  const edgeSymbol = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const filled = edgeStart.slice(0, stateCount);
  for (let s = 1; s < stateCount; s++) {
    const at = filled[parentOf[s]!]!++;
    edgeSymbol[at] = symbolInto[s]!;
    edgeTarget[at] = s;
  }
  const rootNext = new Int32Array(symbolCount);
  for (let e = edgeStart[ROOT]!; e < edgeStart[ROOT + 1]!; e++) rootNext[edgeSymbol[e]!] = edgeTarget[e]!;

  // Failure links and dictionary links (nearest proper suffix that ends a pattern), breadth first.
  const fail = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount).fill(-1);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let e = edgeStart[ROOT]!; e < edgeStart[ROOT + 1]!; e++) queue[tail++] = edgeTarget[e]!;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) {
      const symbol = edgeSymbol[e]!;
      const target = edgeTarget[e]!;
      let f = fail[state]!;
      let viaFail = -1;
      while (f !== ROOT && (viaFail = edge(f, symbol)) < 0) f = fail[f]!;
      if (f === ROOT) viaFail = rootNext[symbol]!;
      fail[target] = viaFail;
      dictLink[target] = output[viaFail]! >= 0 ? viaFail : dictLink[viaFail]!;
      queue[tail++] = target;
    }
  }
  // 1 where a state ends a pattern or has a suffix that does: the only states that report.
  const reports = new Uint8Array(stateCount);
  // Latin letters and digits: a whitespace run between two of them is a space symbol.
  const symbolIsWord = new Uint8Array(symbolCount);
  for (const code of codes) if (isLatinWordChar(code)) symbolIsWord[symbolOf[code]!] = 1;
  const endsWithWord = new Uint8Array(stateCount);
  for (let s = 1; s < stateCount; s++) endsWithWord[s] = symbolIsWord[symbolInto[s]!]!;
  for (let s = 0; s < stateCount; s++) reports[s] = output[s]! >= 0 || dictLink[s]! >= 0 ? 1 : 0;

  const boundaryBefore = new Uint8Array(keys.length);
  const boundaryAfter = new Uint8Array(keys.length);
  keys.forEach((key, pattern) => {
    if (key.length === 0) return;
    boundaryBefore[pattern] = isLatinWordChar(key.charCodeAt(0)) ? 1 : 0;
    boundaryAfter[pattern] = isLatinWordChar(key.charCodeAt(key.length - 1)) ? 1 : 0;
  });

  return {
    patternCount: keys.length,
    stateCount,
    maxDepth,
    classOf,
    spaceSymbol,
    symbolIsWord,
    rootNext,
    edgeStart,
    edgeSymbol,
    edgeTarget,
    fail,
    dictLink,
    output,
    depth,
    reports,
    endsWithWord,
    boundaryBefore,
    boundaryAfter,
  };

  function edge(state: number, symbol: number): number {
    return edgeOf(edgeStart, edgeSymbol, edgeTarget, state, symbol);
  }
}

/** The child of `state` on `symbol` in CSR edge lists, or -1 (for building; the scan has its own small `edge`). */
function edgeOf(edgeStart: Int32Array, edgeSymbol: Uint16Array, edgeTarget: Int32Array, state: number, symbol: number): number {
  let lo = edgeStart[state]!;
  const hi = edgeStart[state + 1]!;
  if (hi - lo > LINEAR_SCAN_MAX) return searchEdges(edgeSymbol, edgeTarget, lo, hi, symbol);
  for (; lo < hi; lo++) if (edgeSymbol[lo] === symbol) return edgeTarget[lo]!;
  return -1;
}

/** Binary search of the sorted edges [lo, hi) for `symbol`: the target, or -1. */
function searchEdges(edgeSymbol: Uint16Array, edgeTarget: Int32Array, lo: number, hi: number, symbol: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = edgeSymbol[mid]!;
    if (at === symbol) return edgeTarget[mid]!;
    if (at < symbol) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** A matcher over raw text from an automaton's data and the fold table it was built with. */
export function matcherOf(data: AutomatonData, foldTable: Uint16Array, guard?: MatchGuard): Matcher {
  const {
    classOf, spaceSymbol, symbolIsWord, rootNext, edgeStart, edgeSymbol, edgeTarget, fail, dictLink, output, depth,
    reports, endsWithWord, boundaryBefore, boundaryAfter,
  } = data;
  const guarded = guard?.guarded ?? new Uint8Array(data.patternCount);
  const accept = guard?.accept ?? (() => true);

  let ringSize = 1;
  while (ringSize <= data.maxDepth) ringSize <<= 1;
  const ringMask = ringSize - 1;
  const ring = new Int32Array(ringSize);

  /** The child of `state` on `symbol`, or -1. Small so that the engine inlines it in the scan loop. */
  function edge(state: number, symbol: number): number {
    let lo = edgeStart[state]!;
    const hi = edgeStart[state + 1]!;
    if (hi - lo > LINEAR_SCAN_MAX) return searchEdges(edgeSymbol, edgeTarget, lo, hi, symbol);
    for (; lo < hi; lo++) if (edgeSymbol[lo] === symbol) return edgeTarget[lo]!;
    return -1;
  }

  const isWord = isLatinWordChar; // a local binding: unbundled, an imported one is a getter call
  function isWordAt(text: string, index: number): boolean {
    return index >= 0 && index < text.length && isWord(foldTable[text.charCodeAt(index)]!);
  }

  function scan(text: string, onMatch: OnMatch, scanFrom = 0): void {
    scanTokens(
      text,
      (start, end, pattern) => {
        onMatch(start, end, pattern);
        return end;
      },
      scanFrom,
    );
  }

  function scanTokens(text: string, onMatch: OnToken, scanFrom = 0, scanTo = text.length): void {
    // Characters from `scanTo` on are not read (word boundaries still look at them).
    const length = Math.min(scanTo, text.length);
    let state = ROOT;
    /** Symbols consumed on non-root paths so far; their raw positions are in the ring. */
    let consumed = 0;
    // The pending candidate: symbol index of its start, raw offsets, pattern (-1: none).
    let bestPattern = -1;
    let bestFrom = 0;
    let bestStart = 0;
    let bestEnd = 0;

    // The text's end settles the last candidate; scanning then resumes right after it.
    for (let from = scanFrom; ; ) {
      for (let i = from; i < length; i++) {
        const symbol = classOf[text.charCodeAt(i)]!;
        if (symbol === CLASS_NONE) {
          // Fast path: this character cannot be part of any name.
          state = ROOT;
          if (bestPattern >= 0) {
            // The next match starts at or after this one's end (or the resume point): rescan from there.
            i = onMatch(bestStart, bestEnd, bestPattern) - 1;
            bestPattern = -1;
          }
          continue;
        }
        if (symbol === CLASS_IGNORED) continue;

        let next = -1;
        if (symbol === CLASS_SPACE) {
          // Keys never start with a space, so at the root a space means nothing.
          if (state === ROOT) continue;
          // A whitespace run is one space between two Latin words and nothing elsewhere, as in foldWith.
          // The character before is the last one on the current path (anything else resets it).
          if (endsWithWord[state] === 0) continue;
          let after = i + 1;
          let c = CLASS_NONE;
          while (after < length) {
            c = classOf[text.charCodeAt(after)]!;
            if (c !== CLASS_SPACE && c !== CLASS_IGNORED) break;
            after++;
          }
          i = after - 1;
          // A next character outside every name resets the automaton anyway: no need to know more.
          if (c < FIRST_SYMBOL || symbolIsWord[c] === 0) continue;
          let s = state;
          while (s !== ROOT && (next = edge(s, spaceSymbol)) < 0) s = fail[s]!;
          if (next < 0) next = ROOT;
        } else {
          if (state !== ROOT) {
            let s = state;
            while (s !== ROOT && (next = edge(s, symbol)) < 0) s = fail[s]!;
          }
          if (next < 0) {
            next = rootNext[symbol]!;
            // A name that starts with a Latin letter or digit needs a word boundary, so inside
            // a word there is nothing to start: English text mostly stays at the root.
            if (next !== ROOT && symbolIsWord[symbol] === 1 && i > 0) {
              const before = classOf[text.charCodeAt(i - 1)]!;
              if (before >= FIRST_SYMBOL && symbolIsWord[before] === 1) next = ROOT;
            }
          }
        }
        state = next;
        if (state !== ROOT) {
          ring[consumed & ringMask] = i;
          consumed++;
          if (reports[state] === 1) {
            // Patterns ending here, longest (leftmost start) first; the first that fits its
            // word boundaries is the only one that can beat the candidate.
            for (let s = output[state]! >= 0 ? state : dictLink[state]!; s >= 0; s = dictLink[s]!) {
              const pattern = output[s]!;
              const from = consumed - depth[s]!;
              const start = ring[from & ringMask]!;
              if (boundaryBefore[pattern] === 1 && isWordAt(text, start - 1)) continue;
              if (boundaryAfter[pattern] === 1 && isWordAt(text, i + 1)) continue;
              if (guarded[pattern] === 1 && !accept(text, start, i + 1, pattern)) continue;
              if (bestPattern < 0 || from <= bestFrom) {
                bestPattern = pattern;
                bestFrom = from;
                bestStart = start;
                bestEnd = i + 1;
              }
              break;
            }
          }
        }
        // No later match can start at or before the candidate once the current path starts after it.
        if (bestPattern >= 0 && consumed - depth[state]! > bestFrom) {
          i = onMatch(bestStart, bestEnd, bestPattern) - 1;
          bestPattern = -1;
          state = ROOT;
        }
      }
      if (bestPattern < 0) break;
      from = onMatch(bestStart, bestEnd, bestPattern);
      bestPattern = -1;
      state = ROOT;
    }
  }

  return { patternCount: data.patternCount, scan, scanTokens };
}

/**
 * For each key: 0 when no key that `matters` could start inside it, were it not there; else
 * how far (in key characters from its start) such a hidden key could reach (其中德国研究联合会:
 * 中德 hides 德国研究联合会, reach 8). The composer (core/composer.ts) looks again after a
 * dropped token only where this says it may have to, and only that far; `matters` marks the
 * keys worth it (those that can begin a mention). Keys starting with a Latin letter cannot
 * start inside a Latin word, so those places are skipped. A shorter key at the key's own start
 * is not looked for (core/composer.ts says why grammars need not). Only the `wanted` keys are
 * looked at (default: all): the others are never dropped.
 */
export function keysThatHide(data: AutomatonData, keys: readonly string[], matters: Uint8Array, wanted?: Uint8Array): Uint16Array {
  const { edgeStart, edgeSymbol, edgeTarget, output, depth, stateCount } = data;
  // The depth of the deepest key that matters ending at a state or below it (0: none). A child
  // is numbered after its parent (the trie appends states along each key), so going down the
  // numbers visits children first.
  const deepest = new Int32Array(stateCount);
  for (let s = stateCount - 1; s >= 0; s--) {
    if (output[s]! >= 0 && matters[output[s]!] === 1) deepest[s] = depth[s]!;
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) deepest[s] = Math.max(deepest[s]!, deepest[edgeTarget[e]!]!);
  }
  const reach = new Uint16Array(keys.length);
  const symbolOf = (code: number) => (code === FOLD_SPACE ? data.spaceSymbol : data.classOf[code]!);
  keys.forEach((key, pattern) => {
    if (wanted && wanted[pattern] === 0) return;
    for (let offset = 1; offset < key.length; offset++) {
      const code = key.charCodeAt(offset);
      if (code === FOLD_SPACE) continue;
      if (isLatinWordChar(key.charCodeAt(offset - 1)) && isLatinWordChar(code)) continue;
      const first = data.rootNext[symbolOf(code)]!;
      let state = ROOT;
      for (let i = offset; i < key.length; i++) {
        const symbol = symbolOf(key.charCodeAt(i));
        state = state === ROOT ? data.rootNext[symbol]! : edgeOf(edgeStart, edgeSymbol, edgeTarget, state, symbol);
        if (state <= ROOT || deepest[state] === 0) break;
        // A key that matters ends here, or may go on past this key's end.
        if ((output[state]! >= 0 && matters[output[state]!] === 1) || i === key.length - 1) {
          reach[pattern] = Math.min(0xffff, Math.max(reach[pattern]!, offset + deepest[first]!));
          break;
        }
      }
    }
  });
  return reach;
}
