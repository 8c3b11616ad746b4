/**
 * The third recognition pass on the pieces (core/composer.ts): programme names in English as
 * people write them (issue 11), read as a phrase of key words by the grammars of
 * core/english-formulas.ts.
 *
 * Words (pieces) it adds:
 * - `enWord`: every word of ENGLISH_WORDS / ENGLISH_CAPITALS, with its concepts (international →
 *   intl, S&T → st, National Key R&D Program of China → nkrd …);
 * - `enName`: every English form of the catalogue with more than one word (the automaton reads
 *   the longest key, so "Joint Research Projects", an alias, is one token inside "Major
 *   International Joint Research Projects"): its refs, and its words' concepts.
 * One rule reads a run of them (joined by the composer's fillers: spaces, line breaks, hyphens,
 * brackets, and/of/for/on/the/in/with/between/under). The action takes the run apart: context
 * (the funder, "of China") may stand only before or after the name's words; "and" joins only
 * the pairs of AND_PAIRS (Science and Technology), never a funder to a name; the words then
 * name the first programme whose grammar they fit. A catalogue name with only context around it
 * is that name's programme. The composer tries the longest run first, then shorter ones, so the
 * result is leftmost-longest; a run that fits no grammar makes nothing, and a catalogue name
 * alone is left to the programme-names pass (earlier, so it wins at equal length).
 *
 * Cost: the automaton reports these words in the same scan as the Chinese names; the action runs
 * only on runs of them (docs/architecture.md, «Recognition passes»; `npm run bench`).
 *
 * Pure: no DOM, no browser API.
 */
import { nameRefsOf } from './catalogue';
import type { Grammar, LexiconBuilder, MatchedToken, RuleMatch } from './composer';
import {
  AND_PAIRS,
  CONTEXT_CONCEPTS,
  ENGLISH_CAPITALS,
  ENGLISH_GRAMMARS,
  ENGLISH_WORDS,
  FUNDER_CONTEXT,
  MAX_NAME_WORDS,
  type Concept,
  type EnglishGrammar,
} from './english-formulas';
import { foldWith } from './fold';
import { buildPatterns } from './patterns';
import type { RecognitionInput } from './recognizer';
import type { Entry } from './schema';
import type { NameRef } from './types';

/** What an `enName` piece stands for: the catalogue form's refs and its words' concepts. */
interface NameItem {
  refs: NameRef[];
  concepts: Concept[];
  funder: string;
}

/** The plain data the action reads, computed at build time. */
export interface EnglishData {
  /** Per catalogue entry a grammar names: the ref a mention carries (its first English name). */
  refs: Record<string, NameRef>;
  /** The grammars whose entries the catalogue has, in order. */
  grammars: EnglishGrammar[];
}

const CONTEXT = new Set<Concept>(CONTEXT_CONCEPTS);
const HEADS = new Set<Concept>(['prog', 'proj', 'fund']);
const AND = new Set(AND_PAIRS.map(([a, b]) => `${a}+${b}`));

export const englishNames: Grammar<RecognitionInput, EnglishData> = {
  name: 'English names',
  build: buildEnglishLexicon,
  rules: [{ name: 'english-name', slots: [{ kinds: ['enWord', 'enName'], max: MAX_NAME_WORDS }], action: 'englishName' }],
  actions: { englishName },
};

// ---------------------------------------------------------------------------------------
// The action

interface Word {
  concepts: readonly Concept[];
  context: boolean;
  token: MatchedToken;
}

function englishName(match: RuleMatch, data: EnglishData) {
  const words: Word[] = match.tokens.map((token) => {
    const concepts = token.kind === 'enName' ? (token.items[0] as NameItem).concepts : (token.items[0] as Concept[]);
    return { concepts, context: token.kind === 'enWord' && concepts.every((c) => CONTEXT.has(c)), token };
  });
  // The name's own words: one run, with context only before and after it.
  let first = 0;
  while (first < words.length && words[first]!.context) first++;
  let last = words.length - 1;
  while (last >= first && words[last]!.context) last--;
  if (first > last) return null;
  // A run must start and end with the name's words or the context that frames it; "and" only
  // inside the name, between the pairs that make one phrase (Science and Technology).
  for (let i = 1; i < words.length; i++) {
    if (i > first && i <= last && words[i - 1]!.context !== words[i]!.context) return null; // context inside the name
    if (!hasAnd(match.text, words[i - 1]!.token.end, words[i]!.token.start)) continue;
    if (i <= first || i > last || !joinedByAnd(words[i - 1]!.concepts, words[i]!.concepts)) return null;
  }
  const core = words.slice(first, last + 1);
  const context = new Set<Concept>();
  for (const word of [...words.slice(0, first), ...words.slice(last + 1)]) word.concepts.forEach((c) => context.add(c));

  // A catalogue name with only context around it: that name's programme, if the context is its funder's.
  if (core.length === 1 && core[0]!.token.kind === 'enName') {
    const item = core[0]!.token.items[0] as NameItem;
    if (context.size === 0 || !fitsContext(item.funder as EnglishGrammar['funder'], context)) return null;
    return { refs: item.refs };
  }
  const concepts = new Set<Concept>();
  for (const word of core) word.concepts.forEach((c) => concepts.add(c));
  const headFirst = HEADS.has(core[0]!.concepts[0]!) && core.length > 1;
  for (const grammar of data.grammars) {
    if (fits(grammar, concepts, context, headFirst)) return { refs: [data.refs[grammar.entry]!] };
  }
  return null;
}

function fits(grammar: EnglishGrammar, concepts: ReadonlySet<Concept>, context: ReadonlySet<Concept>, headFirst: boolean): boolean {
  if (!fitsContext(grammar.funder, context)) return false;
  const allowed = new Set<string>(grammar.may);
  for (const group of grammar.all) {
    const options = group.split('|') as Concept[];
    options.forEach((c) => allowed.add(c));
    if (!options.some((c) => concepts.has(c) || (CONTEXT.has(c) && context.has(c)))) return false;
  }
  for (const c of concepts) if (!allowed.has(c)) return false;
  if (grammar.without?.some((c) => concepts.has(c) || context.has(c))) return false;
  const inPhrase = (c: Concept) => concepts.has(c) || context.has(c);
  if (grammar.anchor && !grammar.anchor.some(inPhrase)) return false;
  if (grammar.needs && !grammar.needs.any.some(inPhrase) && !(grammar.needs.headFirst && headFirst)) return false;
  return true;
}

function fitsContext(funder: EnglishGrammar['funder'], context: ReadonlySet<Concept>): boolean {
  const allowed = FUNDER_CONTEXT[funder];
  for (const c of context) if (!allowed.includes(c)) return false;
  return true;
}

/** Whether the word "and" stands in text[from, to) (the fillers between two tokens). */
function hasAnd(text: string, from: number, to: number): boolean {
  return to - from >= 3 && /(?:^|[^a-z])and(?:[^a-z]|$)/i.test(text.slice(from, to));
}

function joinedByAnd(left: readonly Concept[], right: readonly Concept[]): boolean {
  return AND.has(`${left[left.length - 1]}+${right[0]}`);
}

// ---------------------------------------------------------------------------------------
// Build time

function buildEnglishLexicon({ entries, foldTable }: RecognitionInput, lexicon: LexiconBuilder): EnglishData {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const grammars = ENGLISH_GRAMMARS.filter((grammar) => byId.has(grammar.entry));
  const refs: EnglishData['refs'] = {};
  for (const grammar of grammars) refs[grammar.entry] ??= englishRef(byId.get(grammar.entry)!);
  // Without a grammar the words would only be read and dropped.
  if (grammars.length === 0) return { refs, grammars };

  const fold = (text: string) => foldWith(foldTable, text);
  const conceptsOf = new Map<string, readonly Concept[]>();
  for (const [word, concepts] of Object.entries(ENGLISH_WORDS)) {
    conceptsOf.set(fold(word), concepts);
    lexicon.add(word, 'enWord', concepts);
  }
  for (const [word, concepts] of Object.entries(ENGLISH_CAPITALS)) lexicon.add(word, 'enWord', concepts, { caseForm: word });

  // The catalogue's English forms of more than one word, as tokens of a name.
  const { keys, refs: keyRefs } = buildPatterns(entries, foldTable);
  keys.forEach((key, i) => {
    const english = keyRefs[i]!.filter((ref) => ref.lang === 'en');
    if (english.length === 0 || english.length !== keyRefs[i]!.length || !key.includes(' ')) return;
    const concepts = conceptsOfForm(key, conceptsOf);
    const funder = byId.get(english[0]!.entryId)!.funder;
    lexicon.add(key, 'enName', { refs: english, concepts, funder } satisfies NameItem, { folded: true });
  });
  return { refs, grammars };
}

/**
 * The concepts of a catalogue form's words; a word the grammars do not know (Visits, Academic)
 * is kept as itself, so that a form with one is only ever its own name, never part of a longer one.
 */
function conceptsOfForm(key: string, conceptsOf: ReadonlyMap<string, readonly Concept[]>): Concept[] {
  const out: Concept[] = [];
  for (const word of key.split(/[^a-z0-9&-]+/)) {
    if (word === '' || ['and', 'of', 'for', 'on', 'the', 'in', 'with', 'between', 'under'].includes(word)) continue;
    const known = conceptsOf.get(word) ?? conceptsOf.get(word.replace(/-/g, ''));
    if (known) out.push(...known);
    else out.push(word as Concept);
  }
  return out;
}

/** The ref a grammar's mention carries: the entry's first English name. */
function englishRef(entry: Entry): NameRef {
  const english = nameRefsOf(entry).find((ref) => ref.role === 'english');
  const name = entry.name.en[0]!;
  return Object.freeze(english ?? { entryId: entry.id, text: name.text, lang: 'en', role: 'english', englishName: name });
}
