/**
 * Pinyin inside a name: "zhongdian" finds 战略性科技创新合作重点专项 (…he zuo zhong dian zhuan
 * xiang) as well as 重点国际…, where the exact and prefix tiers of the quick search see only
 * the pinyin a name begins with.
 *
 * Each pinyin form is indexed by its syllables (posting: form and position). A query of two
 * syllables or more is cut into syllables the index knows (every way it can be, a few at most: "xian" is xian or xi an);
 * the last of two or more may be a syllable still being typed ("zhongd", "zhongxi" for zhong
 * xiang). A form matches when those syllables follow one another in it. A query costs the postings of its first syllable, not
 * the catalogue.
 *
 * Pure: no DOM, no browser API.
 */
import { lowerBound } from './search-words';

/** Different ways of cutting one query into syllables are tried up to this many. */
const MAX_SEGMENTATIONS = 8;
/** Postings read for one syllable at most: a syllable in every name says nothing more beyond. */
const MAX_POSTINGS = 20_000;

/**
 * Called for each form that holds the query's syllables in a row: its index, how many of its
 * syllables the query covers, and how many it has.
 */
export type OnSyllableHit = (form: number, covered: number, length: number) => void;

export interface SyllableIndex {
  /** `compact`: the query folded, lower case, without spaces. Only letters a–z are read as pinyin. */
  find(compact: string, onHit: OnSyllableHit): void;
}

/** `forms[i]`: the syllables of pinyin form i ("zhong", "dian", …; Latin words kept as words). */
export function createSyllableIndex(forms: readonly (readonly string[])[]): SyllableIndex {
  const postings = new Map<string, number[]>();
  forms.forEach((syllables, form) => {
    syllables.forEach((syllable, position) => {
      const list = postings.get(syllable);
      // Flat pairs (form, position): no object per posting.
      if (list) list.push(form, position);
      else postings.set(syllable, [form, position]);
    });
  });
  const known = [...postings.keys()].sort();
  const longest = known.reduce((max, syllable) => Math.max(max, syllable.length), 0);

  /** Whether some known syllable begins with `piece` (the syllable being typed). */
  function begins(piece: string): boolean {
    const at = lowerBound(known, piece);
    return at < known.length && known[at].startsWith(piece);
  }

  /** Ways to cut `query` into known syllables, the last one possibly unfinished. */
  function segmentations(query: string): string[][] {
    const found: string[][] = [];
    const pieces: string[] = [];
    const walk = (at: number) => {
      if (found.length >= MAX_SEGMENTATIONS) return;
      if (at === query.length) {
        found.push([...pieces]);
        return;
      }
      for (let length = Math.min(longest, query.length - at); length >= 1; length--) {
        const piece = query.slice(at, at + length);
        if (postings.has(piece)) {
          pieces.push(piece);
          walk(at + length);
          pieces.pop();
        } else if (at + length === query.length && pieces.length > 0 && begins(piece)) {
          found.push([...pieces, piece]);
        }
        if (found.length >= MAX_SEGMENTATIONS) return;
      }
    };
    walk(0);
    return found;
  }

  function find(compact: string, onHit: OnSyllableHit): void {
    if (!/^[a-z]+$/.test(compact)) return;
    for (const pieces of segmentations(compact)) {
      // One syllable alone is in too many names to say anything; names it begins are found
      // by the prefix tier.
      if (pieces.length < 2) continue;
      const first = postings.get(pieces[0])!;
      const end = Math.min(first.length, MAX_POSTINGS * 2);
      for (let i = 0; i < end; i += 2) {
        const form = first[i];
        const start = first[i + 1];
        const syllables = forms[form];
        if (start + pieces.length > syllables.length) continue;
        let match = true;
        for (let k = 1; k < pieces.length && match; k++) {
          const syllable = syllables[start + k];
          // The last syllable may still be being typed.
          match = k === pieces.length - 1 ? syllable.startsWith(pieces[k]) : syllable === pieces[k];
        }
        if (match) onHit(form, pieces.length, syllables.length);
      }
    }
  }

  return { find };
}
