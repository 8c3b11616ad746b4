/**
 * The bundled catalogue's recognition, compiled at build time and packed small (issue 12): the
 * content script unpacks it and runs it (`recognizerOf`), instead of building the fold table,
 * the lexicon, the automaton and the rules on every page (30 ms in Chromium, 65–115 ms in
 * Node; the builders and the catalogue's words would cost it 10 KB gzip more).
 *
 * What is packed, and what is recomputed at load because that is cheaper than shipping it
 * (figures: docs/architecture.md, «Start-up from compiled data»):
 * - the fold table as runs of code units whose fold is the code unit plus a constant (the
 *   rest of the 65,536 entries fold to themselves);
 * - the automaton as its keys only: the class table is one pass over the fold table, the trie,
 *   its edges and links are linear in the keys' length (core/matcher.ts `automatonOf`);
 * - the lexicon's piece kinds per key (a piece's value is its kind's running count), its item
 *   tables and its case-checked forms;
 * - the rules, which keys start one or stand alone, what a solo key makes, how far a key may hide
 *   another (sparse);
 * - each pass's data and what the grant-number pass knows of each entry, as they are.
 * Objects that occur more than once (a NameRef in a piece table, a solo result and a pass's
 * data) are written once by the generator (scripts/gen/recognition.ts), which also unpacks
 * what it wrote and fails the build unless it equals the compiled data.
 *
 * Pure: no DOM, no browser API.
 */
import { FILLER_CHARS, type ActionResult, type CompiledRule } from './composer';
import { FOLD_IGNORED, FOLD_SPACE, foldWith, isLatinWordChar } from './fold';
import type { RecognitionData } from './compiled-recognizer';
import type { NumberedEntry } from './grant-numbers';
import { automatonOf, classTableOf, symbolCodesOf } from './matcher';

export interface PackedRecognition {
  /**
   * Where fold(c) ≠ c and the recognizer reads it (`foldAsRead`): triples (gap after the
   * previous run, run length, fold(c) − c). Where it reads fold(c) = c is known at unpacking: the
   * keys' characters, ignored, space, the fillers, the Latin letters and digits.
   */
  fold: number[];
  /**
   * The automaton's keys, in pattern order: where one of the strings in its pieces' items is the
   * key or folds to it (德国研究联合会, German Research Foundation, DFG: most keys), 2 × that
   * string's index among them (`textsOf`, pieces in order), plus 1 when it must be folded; else
   * the key itself.
   */
  keys: Array<number | string>;
  kinds: string[];
  /** Per key, how many pieces it has, one digit each ('1'–'9'). */
  pieceCounts: string;
  /** Per piece, in key order, its kind: String.fromCharCode(PIECE_KIND_BASE + kind). */
  pieceKinds: string;
  /** tables[kind][value]: the items a piece stands for. */
  tables: unknown[][][];
  /**
   * Pairs (patterns since the previous pair, the form whose capitals are checked: 1 for the
   * string `keys` folds, 2 for the key in capitals); every other key is '' (any case).
   */
  caseForms: Array<number | string>;
  rules: CompiledRule[];
  /** Per pattern, '1' where it can start a rule. */
  starts: string;
  /** Per pattern, '1' where its token only ever stands alone. */
  solo: string;
  /** What each solo pattern makes alone, in pattern order. */
  soloResults: unknown[];
  /** Pairs (patterns since the previous pair, reach) where a key may hide another. */
  shadows: number[];
  grammarData: unknown[];
  numbered: unknown[];
}

export interface UnpackedRecognition {
  data: RecognitionData;
  /** The fold table as the recognizer reads it (`foldAsRead`). */
  foldTable: Uint16Array;
  numbered: NumberedEntry[];
}

/** Piece kinds as characters from here ('0'), so a kind is one readable character. */
const PIECE_KIND_BASE = 0x30;

export function packRecognition(data: RecognitionData, foldTable: Uint16Array, numbered: readonly NumberedEntry[]): PackedRecognition {
  const { lexicon, rules } = data;
  const patterns = lexicon.keys.length;
  let pieceCounts = '';
  let pieceKinds = '';
  const running = lexicon.kinds.map(() => 0);
  for (let p = 0; p < patterns; p++) {
    const count = lexicon.pieceStart[p + 1]! - lexicon.pieceStart[p]!;
    if (count < 1 || count > 9) throw new Error(`recognition pack: key "${lexicon.keys[p]}" has ${count} pieces (1–9 fit)`);
    pieceCounts += String(count);
    for (let i = lexicon.pieceStart[p]!; i < lexicon.pieceStart[p + 1]!; i++) {
      const kind = lexicon.pieceKind[i]!;
      if (lexicon.pieceValue[i] !== running[kind]!++) throw new Error('recognition pack: piece values are not each kind’s running count');
      pieceKinds += String.fromCharCode(PIECE_KIND_BASE + kind);
    }
  }
  const read = foldAsRead(foldTable, lexicon.keys);
  const keys = lexicon.keys.map((key, p) => writtenKey(key, p, lexicon, read));
  const caseForms: Array<number | string> = [];
  let last = 0;
  lexicon.caseForms.forEach((form, p) => {
    if (form === '') return;
    const written = keys[p]!;
    const text = typeof written === 'number' ? pieceTexts(lexicon.tables, lexicon.pieceStart[p]!, lexicon.pieceStart[p + 1]!, lexicon.pieceKind, lexicon.pieceValue)[written >> 1] : written;
    caseForms.push(p - last, form === text ? 1 : form === lexicon.keys[p]!.toUpperCase() ? 2 : form);
    last = p;
  });
  const shadows: number[] = [];
  last = 0;
  rules.shadows.forEach((reach, p) => {
    if (reach === 0) return;
    shadows.push(p - last, reach);
    last = p;
  });
  const soloResults: unknown[] = [];
  rules.solo.forEach((solo, p) => solo === 1 && soloResults.push(rules.soloResults[p]));
  return {
    fold: foldRuns(read),
    keys,
    kinds: lexicon.kinds,
    pieceCounts,
    pieceKinds,
    tables: lexicon.tables,
    caseForms,
    rules: rules.rules,
    starts: rules.starts.join(''),
    solo: rules.solo.join(''),
    soloResults,
    shadows,
    grammarData: data.grammarData,
    numbered: [...numbered],
  };
}

/** Where the key is among the strings of its pieces’ items (one that folds to it), else the key (which folds to itself). */
function writtenKey(key: string, pattern: number, lexicon: RecognitionData['lexicon'], foldTable: Uint16Array): number | string {
  const texts = pieceTexts(lexicon.tables, lexicon.pieceStart[pattern]!, lexicon.pieceStart[pattern + 1]!, lexicon.pieceKind, lexicon.pieceValue);
  const same = texts.indexOf(key);
  if (same >= 0) return 2 * same;
  const at = texts.findIndex((text) => foldWith(foldTable, text) === key);
  if (at >= 0) return 2 * at + 1;
  if (foldWith(foldTable, key) !== key) throw new Error(`recognition pack: the key "${key}" does not fold to itself`);
  return key;
}

/** The strings inside the items of pieces [from, to), in order. */
function pieceTexts(tables: unknown[][][], from: number, to: number, pieceKind: Uint8Array, pieceValue: Int32Array): string[] {
  const texts: string[] = [];
  for (let i = from; i < to; i++) textsOf(tables[pieceKind[i]!]![pieceValue[i]!], texts);
  return texts;
}

/** The strings inside a value, depth first, added to `out`. */
function textsOf(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (value !== null && typeof value === 'object') for (const child of Object.values(value)) textsOf(child, out);
}

/** What the content script's fold table holds for a code unit the recognizer never asks about (not a character of any kind it reads). */
export const UNREAD = 0xffff;

/**
 * The fold table as the recognizer reads it: the recognizer only ever asks whether a code
 * unit's fold is a character of a key, ignored, a space, a Latin letter or digit, or a filler
 * between the words of a call (core/matcher.ts, core/composer.ts), and which one. So a code
 * unit whose fold and itself are none of these may fold to UNREAD, which is none of them
 * either: the recognizer cannot tell, and the pack leaves out most of the table (compatibility
 * ideographs, Greek and Cyrillic case, radicals of characters no name has) and the unpacking
 * fills it natively instead of writing 64 K entries. tests/unit/recognition-pack.test.ts checks
 * every code unit.
 */
export function foldAsRead(foldTable: Uint16Array, keys: readonly string[]): Uint16Array {
  const read = new Uint8Array(0x10000);
  read[FOLD_IGNORED] = read[FOLD_SPACE] = 1;
  for (const key of keys) for (let i = 0; i < key.length; i++) read[key.charCodeAt(i)] = 1;
  for (let i = 0; i < FILLER_CHARS.length; i++) read[FILLER_CHARS.charCodeAt(i)] = 1;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const folded = foldTable[c]!;
    const kept = read[folded] === 1 || read[c] === 1 || isLatinWordChar(folded) || isLatinWordChar(c);
    if (kept && (folded === UNREAD || c === UNREAD)) throw new Error('recognition pack: U+FFFF is read');
    table[c] = kept ? folded : UNREAD;
  }
  return table;
}

/** Runs of code units c, c+1 … whose fold is c + delta (delta ≠ 0), as triples (gap, length, delta). */
function foldRuns(foldTable: Uint16Array): number[] {
  const runs: number[] = [];
  let end = 0;
  for (let c = 0; c < 0x10000; ) {
    const delta = foldTable[c]! - c;
    if (delta === 0 || foldTable[c] === UNREAD) {
      c++;
      continue;
    }
    let length = 1;
    while (c + length < 0x10000 && foldTable[c + length]! - (c + length) === delta && foldTable[c + length] !== UNREAD) length++;
    runs.push(c - end, length, delta);
    c += length;
    end = c;
  }
  return runs;
}

/**
 * The pack's JSON (scripts/gen/recognition.ts `packedJson`) is a list: the key lists of the
 * objects written as tuples, each value written once because it occurs more than once, then the
 * pack. Where a shared value occurs, the JSON has SHARED_MARK and its index in the list, in base
 * 36; an object whose keys are a listed key list is the tuple [SHAPE_MARK + the list's index,
 * …its values]. No string of the pack starts with either mark (the generator checks).
 */
export const SHARED_MARK = '@';
export const SHAPE_MARK = '&';

/**
 * The pack from its JSON (core/generated/recognition.ts): `JSON.parse` builds the values
 * natively; then the tuples become objects and each shared value is put in wherever it occurs,
 * so it is one object however often it occurs, as compiled.
 */
export function parsePackedRecognition(json: string): PackedRecognition {
  const list = JSON.parse(json) as unknown[];
  const shapes = list[0] as string[][];
  const shared = SHARED_MARK.charCodeAt(0);
  const shaped = SHAPE_MARK.charCodeAt(0);
  const revive = (value: unknown): unknown => {
    if (typeof value === 'string') return value.charCodeAt(0) === shared ? list[parseInt(value.slice(1), 36)] : value;
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const head = value[0];
      if (typeof head === 'string' && head.charCodeAt(0) === shaped) {
        const keys = shapes[parseInt(head.slice(1), 36)]!;
        const object: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) object[keys[i]!] = revive(value[i + 1]);
        return object;
      }
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = revive(object[key]);
    return object;
  };
  // In order: a shared value only refers to values before it (the generator writes them first).
  for (let i = 1; i < list.length; i++) list[i] = revive(list[i]);
  return list[list.length - 1] as PackedRecognition;
}

export function unpackRecognition(packed: PackedRecognition): UnpackedRecognition {
  return runToEnd(unpackingSteps(packed));
}

/** A generator's result, all its steps run at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `unpackRecognition` in steps, each a few milliseconds of cold code, so the content script
 * can run them as tasks of their own while the page loads (core/bundled-recognizer.ts): it
 * yields between steps and returns what `unpackRecognition` returns.
 */
export function* unpackingSteps(packed: PackedRecognition): Generator<void, UnpackedRecognition> {
  // The fold table as the recognizer reads it (foldAsRead), and the code units it reads.
  const foldTable = new Uint16Array(0x10000).fill(UNREAD);
  const readUnits: number[] = [];
  const identity = (c: number) => {
    if (foldTable[c] !== UNREAD) return;
    foldTable[c] = c;
    readUnits.push(c);
  };
  for (let i = 0, c = 0; i < packed.fold.length; i += 3) {
    c += packed.fold[i]!;
    const delta = packed.fold[i + 2]!;
    for (const end = c + packed.fold[i + 1]!; c < end; c++) {
      foldTable[c] = c + delta;
      readUnits.push(c);
    }
  }
  identity(FOLD_IGNORED);
  identity(FOLD_SPACE);
  for (let i = 0; i < FILLER_CHARS.length; i++) identity(FILLER_CHARS.charCodeAt(i));
  for (let c = 0x30; c < 0x250; c++) if (isLatinWordChar(c)) identity(c);
  yield;

  const { kinds, pieceCounts, pieceKinds, tables } = packed;
  const patterns = packed.keys.length;
  const pieceStart = new Int32Array(patterns + 1);
  const pieceKind = new Uint8Array(pieceKinds.length);
  const pieceValue = new Int32Array(pieceKinds.length);
  const running = new Int32Array(kinds.length);
  for (let p = 0, at = 0; p < patterns; p++) {
    pieceStart[p] = at;
    for (const end = at + pieceCounts.charCodeAt(p) - 0x30; at < end; at++) {
      const kind = pieceKinds.charCodeAt(at) - PIECE_KIND_BASE;
      pieceKind[at] = kind;
      pieceValue[at] = running[kind]!++;
    }
    pieceStart[p + 1] = at;
  }
  const written = packed.keys.map((key, p) =>
    typeof key === 'string' ? key : pieceTexts(tables, pieceStart[p]!, pieceStart[p + 1]!, pieceKind, pieceValue)[key >> 1]!,
  );
  // A character of a text to fold that is not in the runs folds to itself, so it is a key's:
  // written before folding. Then every key's characters (they fold to themselves).
  packed.keys.forEach((key, p) => {
    if (typeof key === 'number' && (key & 1) === 1) for (let i = 0; i < written[p]!.length; i++) identity(written[p]!.charCodeAt(i));
  });
  const keys = packed.keys.map((key, p) => (typeof key === 'number' && (key & 1) === 1 ? foldWith(foldTable, written[p]!) : written[p]!));
  for (const key of keys) for (let i = 0; i < key.length; i++) identity(key.charCodeAt(i));
  yield;
  const caseForms: string[] = new Array<string>(patterns).fill('');
  for (let i = 0, p = 0; i < packed.caseForms.length; i += 2) {
    p += packed.caseForms[i] as number;
    const form = packed.caseForms[i + 1]!;
    caseForms[p] = form === 1 ? written[p]! : form === 2 ? keys[p]!.toUpperCase() : (form as string);
  }
  for (const table of packed.tables) for (const items of table) Object.freeze(items);

  const starts = flags(packed.starts);
  const solo = flags(packed.solo);
  const soloResults: Array<ActionResult | undefined> = [];
  for (let p = 0, k = 0; p < patterns; p++) if (solo[p] === 1) soloResults[p] = packed.soloResults[k++] as ActionResult;
  const shadows = new Uint16Array(patterns);
  for (let i = 0, p = 0; i < packed.shadows.length; i += 2) shadows[(p += packed.shadows[i]!)] = packed.shadows[i + 1]!;
  const symbols = symbolCodesOf(keys);
  const classOf = classTableOf(keys, foldTable, readUnits, symbols);
  yield;
  const automaton = automatonOf(keys, classOf, symbols);

  return {
    data: {
      automaton,
      lexicon: { keys, kinds, pieceStart, pieceKind, pieceValue, tables, caseForms },
      rules: { rules: packed.rules, starts, solo, soloResults, shadows },
      grammarData: packed.grammarData,
    },
    foldTable,
    numbered: packed.numbered as NumberedEntry[],
  };
}

function flags(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) - 0x30;
  return out;
}
