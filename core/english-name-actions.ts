/**
 * The action of the English-names pass (core/english-names.ts, which builds its words and
 * compiles the grammars of core/english-formulas.ts into bits): what a run of English words
 * makes. Apart from the pass so that the content script, which runs compiled data
 * (core/recognition-pack.ts), carries the action without the formulas and the builders.
 *
 * Pure: no DOM, no browser API.
 */
import type { Action, RuleMatch } from './composer';
import type { NameRef } from './types';

/** What a piece stands for: its words' concepts, the first and last (indices, for "and"), and for a catalogue form its refs. */
export interface WordItem {
  mask: number;
  first: number;
  last: number;
  /** Only context (a funder, China): it may frame a name, never be inside one. */
  context: boolean;
  /** `enName`: the catalogue form's refs and its programme's funder. */
  refs?: NameRef[];
  funder?: string;
}

/** A grammar of core/english-formulas.ts as bits. */
export interface CompiledGrammar {
  entry: string;
  /** Each group of `all`: one of its bits must be in the phrase (or, for context, around it). */
  all: number[];
  allowed: number;
  anchor: number;
  anchorAll: number;
  without: number;
  needs: number;
  headFirst: boolean;
  context: number;
}

/** The plain data the action reads, computed at build time. */
export interface EnglishData {
  /** Per catalogue entry a grammar names: the ref a mention carries (its first English name). */
  refs: Record<string, NameRef>;
  /** The grammars whose entries the catalogue has, in order. */
  grammars: CompiledGrammar[];
  /** Per funder, the context bits its names may carry. */
  funderContext: Record<string, number>;
  /** left * 32 + right, sorted: "and" may join the concepts of indices left and right (Science and Technology). */
  and: number[];
  /** The concepts that head a name written head first (Program for …). */
  headMask: number;
}

export const englishNameActions: Readonly<Record<string, Action<EnglishData>>> = { englishName };

// ---------------------------------------------------------------------------------------
// The action

function englishName(match: RuleMatch, data: EnglishData) {
  const tokens = match.tokens;
  const n = tokens.length;
  const item = (i: number) => tokens[i]!.items[0] as WordItem;
  // The name's own words: one run, with context only before and after it.
  let first = 0;
  while (first < n && item(first).context) first++;
  let last = n - 1;
  while (last >= first && item(last).context) last--;
  if (first > last) return null;
  let core = 0;
  let context = 0;
  for (let i = 0; i < n; i++) {
    const word = item(i);
    if (i >= first && i <= last) {
      if (word.context) return null; // context inside the name
      core |= word.mask;
    } else context |= word.mask;
    // "and" only inside the name, between the pairs that make one phrase (Science and Technology).
    if (i > 0 && hasAnd(match.text, tokens[i - 1]!.end, tokens[i]!.start)) {
      if (i <= first || i > last || !data.and.includes(item(i - 1).last * 32 + word.first)) return null;
    }
  }
  // A catalogue name with only context around it: that name's programme, if the context is its funder's.
  if (first === last && tokens[first]!.kind === 'enName') {
    const name = item(first);
    if (context === 0 || (context & ~data.funderContext[name.funder!]!) !== 0) return null;
    return { refs: name.refs! };
  }
  const headFirst = first < last && ((1 << item(first).first) & data.headMask) !== 0;
  const present = core | context;
  for (const grammar of data.grammars) {
    if ((context & ~grammar.context) !== 0 || (core & ~grammar.allowed) !== 0 || (present & grammar.without) !== 0) continue;
    const anchored = (present & grammar.anchor) !== 0 || (grammar.anchorAll !== 0 && (present & grammar.anchorAll) === grammar.anchorAll);
    if ((grammar.anchor !== 0 || grammar.anchorAll !== 0) && !anchored) continue;
    if (grammar.needs !== 0 && (present & grammar.needs) === 0 && !(grammar.headFirst && headFirst)) continue;
    if (grammar.all.every((group) => (present & group) !== 0)) return { refs: [data.refs[grammar.entry]!] };
  }
  return null;
}

/** Whether the word "and" stands in text[from, to) (the fillers between two tokens). */
function hasAnd(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 <= to; i++) {
    if ((text.charCodeAt(i) | 0x20) !== 0x61 || (text.charCodeAt(i + 1) | 0x20) !== 0x6e || (text.charCodeAt(i + 2) | 0x20) !== 0x64) continue;
    if (!isLetter(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i + 3))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

