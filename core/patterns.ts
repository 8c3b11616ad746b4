/**
 * The patterns the recognizer looks for: every entry's Chinese name, English names and
 * aliases, folded, with the NameRefs each folded form stands for.
 *
 * English forms also stand for their Program / Programme / Project and plural variants
 * (pages mix them freely: "Joint Research Program", "…Programmes", "…Projects"), and a
 * final Roman numeral for its one-character form (RFIS-II as RFIS-Ⅱ: NFKC would make
 * Ⅱ two letters, which a one-to-one fold table cannot, so the pattern side adds it). A form
 * written exactly so in the catalogue wins over a variant derived from another form, and
 * forms that fold alike keep one ref per entry (the first: name, then English, then aliases).
 * Several entries on one key happen only for forms the catalogue marks `ambiguous`.
 *
 * Pure: no DOM, no browser API.
 */
import { isAllCapsForm } from './abbreviation-case';
import { nameRefsOf } from './written-forms';
import type { Grammar } from './composer';
import { foldWith } from './fold';
import { programmeNameActions } from './recognition-actions';
import type { RecognitionInput } from './recognizer';
import type { RecognizerEntry } from './schema';
import type { NameRef } from './types';

export interface PatternSet {
  /** Folded keys, for compileMatcher. */
  keys: string[];
  /** refs[i]: what keys[i] names (frozen, shared by every mention of it). */
  refs: ReadonlyArray<readonly NameRef[]>;
}

const SUFFIX_WORD = /(^|[^a-z])(?:programmes?|programs?|projects?)$/;
const SUFFIX_VARIANTS = ['program', 'programs', 'programme', 'programmes', 'project', 'projects'];

/** The folded key of an English form and its suffix variants (the key itself first). */
export function englishVariants(key: string): string[] {
  const found = SUFFIX_WORD.exec(key);
  if (!found) return [key];
  const stem = key.slice(0, found.index + found[1]!.length);
  return [key, ...SUFFIX_VARIANTS.map((word) => stem + word).filter((variant) => variant !== key)];
}

const ROMAN_WORD = /(^|[^a-z])(ii|iii|iv)$/;
/** Lower-case Number Forms (the fold table lower-cases Ⅱ to ⅱ). */
const ROMAN_CHAR: Record<string, string> = { ii: 'ⅱ', iii: 'ⅲ', iv: 'ⅳ' };

/** The key with a final ii / iii / iv written as one Number Forms character, if it ends so. */
export function romanVariant(key: string): string | undefined {
  const found = ROMAN_WORD.exec(key);
  if (!found) return undefined;
  return key.slice(0, found.index + found[1]!.length) + ROMAN_CHAR[found[2]!];
}

export function buildPatterns(entries: readonly RecognizerEntry[], foldTable: Uint16Array): PatternSet {
  const exact = new Map<string, NameRef[]>();
  const derived = new Map<string, NameRef[]>();
  const add = (map: Map<string, NameRef[]>, key: string, ref: NameRef) => {
    const refs = map.get(key) ?? [];
    if (!refs.some((known) => known.entryId === ref.entryId)) refs.push(ref);
    map.set(key, refs);
  };
  for (const entry of entries) {
    for (const ref of nameRefsOf(entry)) {
      const key = foldWith(foldTable, ref.text);
      if (key === '') continue;
      add(exact, key, ref);
      if (ref.lang !== 'en') continue;
      for (const variant of englishVariants(key).slice(1)) add(derived, variant, ref);
      const roman = romanVariant(key);
      if (roman) add(derived, roman, ref);
    }
  }
  for (const [key, refs] of derived) if (!exact.has(key)) exact.set(key, refs);
  const keys = [...exact.keys()];
  return { keys, refs: keys.map((key) => Object.freeze(exact.get(key)!)) };
}

/**
 * The first recognition pass on the pieces (core/composer.ts): every programme name and alias
 * is a `name` piece, and a name standing alone is a mention of its entries. All-caps
 * abbreviations (RFIS, RFIS-II) match only in capitals or as the catalogue writes them.
 */
export const programmeNames: Grammar<RecognitionInput, null> = {
  name: 'programme names',
  build({ entries, foldTable }, lexicon) {
    const { keys, refs } = buildPatterns(entries, foldTable);
    keys.forEach((key, i) => {
      const forms = refs[i]!;
      const caseForm = forms.every((ref) => ref.role === 'abbreviation' && isAllCapsForm(ref.text)) ? forms[0]!.text : undefined;
      for (const ref of forms) lexicon.add(key, 'name', ref, { folded: true, caseForm });
    });
    return null;
  },
  rules: [{ name: 'programme', slots: [{ kinds: ['name'] }], action: 'programme' }],
  actions: programmeNameActions,
};
