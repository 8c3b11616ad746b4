/**
 * All-caps abbreviations match only in capitals or exactly as the catalogue writes them
 * (issue 14): RFIS, NSFC, NSFC-DFG are names; "rfis" is a gene, "nsfc" a word of a URL. The fold
 * is case-insensitive for every other name (Joint Research Program, joint research program), so
 * the check is a guard on these forms only (core/matcher.ts MatchGuard), run once per match.
 *
 * Pure: no DOM, no browser API.
 */

/** The letters of a text that have case, as written (full width read as half width: ＲＦＩＳ). */
function casedLetters(text: string, start = 0, end = text.length): string[] {
  const letters: string[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i]!.normalize('NFKC');
    if (ch.toUpperCase() !== ch.toLowerCase()) letters.push(ch);
  }
  return letters;
}

/**
 * Whether a form is an all-caps abbreviation: no space, at least two letters with case, every
 * one of them a capital (RFIS-II, NSFC, TÜBİTAK, F.R.S.-FNRS, A3 — not Royal Society, not 研资局).
 */
export function isAllCapsForm(text: string): boolean {
  if (/\s/.test(text)) return false;
  const letters = casedLetters(text);
  if (letters.length === 0 || (letters.length === 1 && !/\d/.test(text))) return false;
  return letters.every((ch) => ch === ch.toUpperCase());
}

/** Whether the page's text[start, end) writes the form `catalogueForm` in capitals, or exactly as the catalogue does. */
export function writtenAsAbbreviation(text: string, start: number, end: number, catalogueForm: string): boolean {
  if (noSmallLetter(text, start, end)) return true;
  const written = casedLetters(text, start, end);
  const form = casedLetters(catalogueForm);
  return written.length === form.length && written.every((ch, i) => ch === form[i]);
}

/** No lower-case letter in text[start, end): ASCII decided by code, the rest through NFKC (ｒ, ⅱ). */
function noSmallLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return false;
      continue;
    }
    const ch = text[i]!.normalize('NFKC');
    if (ch !== ch.toUpperCase()) return false;
  }
  return true;
}
