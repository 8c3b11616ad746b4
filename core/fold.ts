/**
 * Character folding: which pieces of text count as "the same name".
 *
 * One table maps every UTF-16 code unit of the Basic Multilingual Plane to its folded
 * code unit, so folding a text costs one array read per character and keeps a 1:1
 * position map (the matcher needs offsets into the raw page text).
 *
 * Rules, applied in this order to each code unit:
 *  1. NFKC when it yields one code unit: full width → half width (（） → ()), compatibility
 *     ideographs and Kangxi radicals from PDFs (⼈ → 人).
 *  2. Lower case (Latin, Greek, Cyrillic).
 *  3. Traditional → simplified, from a table built at build time for the characters the
 *     catalogue uses (see scripts/gen/trad-table.ts); callers pass it in.
 *  4. Whitespace of every kind → one space; quote marks, book-title and corner brackets,
 *     zero-width characters and soft hyphens → ignored; dash variants → "-".
 *
 * Spaces only separate words in Latin script; elsewhere (Chinese) they are noise from
 * layout and PDF extraction. So a folded key keeps a space only between two Latin letters
 * or digits, and the matcher skips a space wherever a name does not expect one.
 *
 * Pure: no DOM, no browser API.
 */

/** The folded value of a code unit that is skipped inside names. */
export const FOLD_IGNORED = 0;
/** The folded value of every whitespace code unit. */
export const FOLD_SPACE = 0x20;

/** Traditional character → simplified character, one code unit each. */
export type TradToSimp = Readonly<Record<string, string>>;

const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/** Invisible characters (zero-width, soft hyphen, BOM) and marks pages put around part of a name. */
const IGNORED = [
  // zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen
  0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad,
  // ASCII and typographic quotes: " ' ` ´ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‹ › « »
  0x22, 0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2032,
  0x2033, 0x2039, 0x203a, 0xab, 0xbb,
  // CJK brackets used as quotes: 〈 〉 《 》 「 」 『 』 【 】 〖 〗 〝 〞 〟, vertical and half-width forms
  0x3008, 0x3009, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f, 0x3010, 0x3011, 0x3016, 0x3017,
  0x301d, 0x301e, 0x301f, 0xfe41, 0xfe42, 0xfe43, 0xfe44, 0xff62, 0xff63,
];

/** Hyphens, dashes and minus signs (not 一 or ー, which are letters). */
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];

/** Ranges where NFKC changes a single code unit into another single code unit we care about. */
const NFKC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x00ff], // Latin-1 (NBSP, ², º…)
  [0x2000, 0x206f], // general punctuation (spaces of every width)
  [0x2150, 0x218f], // number forms: Ⅰ → I (Ⅱ, Ⅲ become two letters, so they stay; see core/patterns.ts)
  [0x2e80, 0x2fdf], // CJK and Kangxi radicals (PDF text extraction)
  [0x3000, 0x303f], // ideographic space and CJK punctuation
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe6f], // vertical and small forms
  [0xff00, 0xffef], // full width and half width forms
];

/** Ranges whose upper-case letters fold to lower case. */
const CASE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0041, 0x005a],
  [0x00c0, 0x024f],
  [0x0370, 0x04ff],
  [0x2160, 0x216f], // Ⅱ → ⅱ
];

/**
 * Builds the 65,536-entry fold table. `tradToSimp` adds traditional → simplified folding;
 * the recognizer passes the generated table, `foldKey` uses none (see its comment).
 */
export function buildFoldTable(tradToSimp: TradToSimp = {}): Uint16Array {
  // First the folding of each code unit after NFKC (case, traditional, classes) as overrides
  // of the identity; these rules never feed each other (a lower-case letter is never a
  // traditional character or a quote), so each is one small loop, not a pass over 64 K.
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (const [from, to] of CASE_RANGES) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) table[c] = lower.charCodeAt(0);
    }
  }
  for (const [trad, simp] of Object.entries(tradToSimp)) {
    if (trad.length === 1 && simp.length === 1) table[trad.charCodeAt(0)] = simp.charCodeAt(0);
  }
  // Classes on the folded value, so ＂ (full width) is ignored like " and U+3000 is a space.
  for (const code of WHITESPACE) table[code] = FOLD_SPACE;
  for (const code of IGNORED) table[code] = FOLD_IGNORED;
  for (const code of DASHES) table[code] = 0x2d;
  table[0] = FOLD_IGNORED;
  // Then NFKC in front: a code unit that normalises to one other code unit folds like it.
  // NFKC is idempotent, so the target's entry is never one this loop rewrites.
  for (const [from, to] of NFKC_RANGES) {
    for (let c = from; c <= to; c++) {
      const normal = String.fromCharCode(c).normalize('NFKC');
      if (normal.length === 1 && normal.charCodeAt(0) !== c) table[c] = table[normal.charCodeAt(0)]!;
    }
  }
  return table;
}

/**
 * Folded Latin letters and digits: a–z, 0–9, and ß to ɏ without ÷ (accented Latin letters are
 * lower case after folding). The characters of an English word: where a name needs a word
 * boundary (core/matcher.ts) and what a search word is made of (core/search-words.ts).
 */
const LATIN_WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39],
  [0x61, 0x7a],
  [0xdf, 0xf6],
  [0xf8, 0x24f],
];

/**
 * True for a folded code unit that is a Latin letter or digit: LATIN_WORD_RANGES written out as
 * comparisons (tests/unit/fold.test.ts checks every code unit against them), because a loop over
 * the ranges costs a start-up that runs it cold thousands of times several milliseconds
 * (measured unpacking the bundled recognition, issue 12).
 */
export function isLatinWordChar(folded: number): boolean {
  return folded <= 0x7a
    ? (folded >= 0x61 || (folded >= 0x30 && folded <= 0x39))
    : folded >= 0xdf && folded <= 0x24f && folded !== 0xf7;
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The same characters as a regular-expression class body, e.g. for `[${LATIN_WORD_CLASS}]+`. */
export const LATIN_WORD_CLASS = LATIN_WORD_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');

/**
 * Folds a text with a given table into its comparison key: ignored characters dropped,
 * whitespace runs kept as one space only between two Latin letters or digits, trimmed.
 */
export function foldWith(table: Uint16Array, text: string): string {
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = table[text.charCodeAt(i)]!;
    if (folded === FOLD_IGNORED) continue;
    if (folded === FOLD_SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace && isLatinWordChar(out[out.length - 1]!) && isLatinWordChar(folded)) out.push(FOLD_SPACE);
    pendingSpace = false;
    out.push(folded);
  }
  // In chunks: spreading a very long array into one call would overflow the stack.
  let key = '';
  for (let i = 0; i < out.length; i += 4096) key += String.fromCharCode(...out.slice(i, i + 4096));
  return key;
}

let plainTable: Uint16Array | undefined;

/**
 * The canonical comparison key of a catalogue name (duplicate detection, lookups).
 * Width, case, spaces, quotes and dashes fold exactly as in the matcher. Traditional
 * script is not folded here: the catalogue is written in simplified characters (the
 * generate step fails on a catalogue name in traditional script, scripts/gen/trad-table.ts),
 * so on catalogue text this key equals the matcher's, and this module needs no generated
 * file (the catalogue validator runs before the table is generated).
 */
export function foldKey(text: string): string {
  plainTable ??= buildFoldTable();
  return foldWith(plainTable, text);
}
