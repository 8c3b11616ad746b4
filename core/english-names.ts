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
 * The action, which the content script runs on compiled data, is in core/english-name-actions.ts.
 *
 * Pure: no DOM, no browser API.
 */
import { nameRefsOf } from './written-forms';
import type { Grammar, LexiconBuilder } from './composer';
import { englishNameActions, type CompiledGrammar, type EnglishData, type WordItem } from './english-name-actions';
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
import type { RecognizerEntry } from './schema';
import type { NameRef } from './types';

/**
 * Concepts as bits (compiled at build time, so the action's test is a few bit operations):
 * bit i is CONCEPTS[i]; the bit after the last stands for a catalogue form's word no grammar
 * knows (Visits), which no grammar allows.
 */
const CONCEPTS: readonly Concept[] = [...new Set([...Object.values(ENGLISH_WORDS), ...Object.values(ENGLISH_CAPITALS)].flat())];
if (CONCEPTS.length > 30) throw new Error('core/english-formulas.ts: more concepts than bits in a number');
const indexOf = (concept: string): number => {
  const i = CONCEPTS.indexOf(concept as Concept);
  return i < 0 ? CONCEPTS.length : i;
};
const maskOf = (concepts: readonly string[]): number => concepts.reduce((mask, c) => mask | (1 << indexOf(c)), 0);

const CONTEXT_MASK = maskOf(CONTEXT_CONCEPTS);
const HEAD_MASK = maskOf(['prog', 'proj', 'fund']);
/** left * 32 + right: "and" may join concepts left and right (indices), sorted. */
const AND = [...new Set(AND_PAIRS.map(([a, b]) => indexOf(a) * 32 + indexOf(b)))].sort((x, y) => x - y);

export const englishNames: Grammar<RecognitionInput, EnglishData> = {
  name: 'English names',
  build: buildEnglishLexicon,
  rules: [{ name: 'english-name', slots: [{ kinds: ['enWord', 'enName'], max: MAX_NAME_WORDS }], action: 'englishName' }],
  actions: englishNameActions,
};

// ---------------------------------------------------------------------------------------
// Build time

function buildEnglishLexicon({ entries, foldTable }: RecognitionInput, lexicon: LexiconBuilder): EnglishData {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const chosen = ENGLISH_GRAMMARS.filter((grammar) => byId.has(grammar.entry));
  const refs: EnglishData['refs'] = {};
  for (const grammar of chosen) refs[grammar.entry] ??= englishRef(byId.get(grammar.entry)!);
  const funderContext = Object.fromEntries(Object.entries(FUNDER_CONTEXT).map(([funder, concepts]) => [funder, maskOf(concepts)]));
  const grammars = chosen.map((grammar) => compileGrammar(grammar, funderContext[grammar.funder]!));
  // Without a grammar the words would only be read and dropped.
  if (grammars.length === 0) return { refs, grammars, funderContext, and: AND, headMask: HEAD_MASK };

  const fold = (text: string) => foldWith(foldTable, text);
  const conceptsOf = new Map<string, readonly Concept[]>();
  for (const [word, concepts] of Object.entries(ENGLISH_WORDS)) {
    conceptsOf.set(fold(word), concepts);
    lexicon.add(word, 'enWord', wordItem(concepts));
  }
  for (const [word, concepts] of Object.entries(ENGLISH_CAPITALS)) lexicon.add(word, 'enWord', wordItem(concepts), { caseForm: word });

  // The catalogue's English forms of more than one word, as tokens of a name.
  const { keys, refs: keyRefs } = buildPatterns(entries, foldTable);
  keys.forEach((key, i) => {
    const english = keyRefs[i]!.filter((ref) => ref.lang === 'en');
    if (english.length === 0 || english.length !== keyRefs[i]!.length || !key.includes(' ')) return;
    const item: WordItem = { ...wordItem(conceptsOfForm(key, conceptsOf)), refs: english, funder: byId.get(english[0]!.entryId)!.funder };
    lexicon.add(key, 'enName', item, { folded: true });
  });
  return { refs, grammars, funderContext, and: AND, headMask: HEAD_MASK };
}

function wordItem(concepts: readonly string[]): WordItem {
  const mask = maskOf(concepts);
  return { mask, first: indexOf(concepts[0]!), last: indexOf(concepts[concepts.length - 1]!), context: (mask & ~CONTEXT_MASK) === 0 };
}

function compileGrammar(grammar: EnglishGrammar, context: number): CompiledGrammar {
  const all = grammar.all.map((group) => maskOf(group.split('|')));
  return {
    entry: grammar.entry,
    all,
    allowed: all.reduce((mask, group) => mask | group, maskOf(grammar.may)) & ~CONTEXT_MASK,
    anchor: maskOf(grammar.anchor ?? []),
    anchorAll: maskOf(grammar.anchorAll ?? []),
    without: maskOf(grammar.without ?? []),
    needs: maskOf(grammar.needs?.any ?? []),
    headFirst: grammar.needs?.headFirst === true,
    context,
  };
}

/**
 * The concepts of a catalogue form's words; a word the grammars do not know (Visits, Academic)
 * is kept as an unknown concept, so that a form with one is only ever its own name, never part of a longer one.
 */
function conceptsOfForm(key: string, conceptsOf: ReadonlyMap<string, readonly Concept[]>): string[] {
  const out: string[] = [];
  for (const word of key.split(/[^a-z0-9&-]+/)) {
    if (word === '' || ['and', 'of', 'for', 'on', 'the', 'in', 'with', 'between', 'under'].includes(word)) continue;
    out.push(...(conceptsOf.get(word) ?? conceptsOf.get(word.replace(/-/g, '')) ?? [word]));
  }
  return out;
}

/** The ref a grammar's mention carries: the entry's first English name. */
function englishRef(entry: RecognizerEntry): NameRef {
  const english = nameRefsOf(entry).find((ref) => ref.role === 'english');
  const name = entry.name.en[0]!;
  return Object.freeze(english ?? { entryId: entry.id, text: name.text, lang: 'en' as const, role: 'english' as const });
}

export type { EnglishData } from './english-name-actions';
