/**
 * The recognizer the page engine and the command line use: every programme mention, partner
 * call and partner named alone in a text, leftmost-longest, never overlapping, offsets in
 * UTF-16 code units of the raw text.
 *
 * One scan: the automaton (core/matcher.ts) reports the words of every pass (grammar) as
 * tokens, the composer (core/composer.ts) puts them together by the passes' rules. The passes:
 * programme names (core/patterns.ts) and partner calls (core/partner-calls.ts);
 * docs/architecture.md, «Recognition passes». Compiling is split in two: `compileRecognition`
 * makes plain data (typed arrays, plain objects) a build step can serialise, `recognizerOf`
 * runs it.
 *
 * Pure: no DOM, no browser API.
 */
import { writtenAsAbbreviation } from './abbreviation-case';
import { Composer, compileRules, LexiconBuilder, ruleKinds, type Grammar, type LexiconData, type RulesData } from './composer';
import { defaultFoldTable } from './default-fold';
import { buildFoldTable, foldWith, type TradToSimp } from './fold';
import { buildAutomaton, matcherOf, type AutomatonData } from './matcher';
import { partnerCalls } from './partner-calls';
import type { PartnerCatalogue } from './partners';
import { programmeNames } from './patterns';
import type { Entry } from './schema';
import type { Mention, Recognizer } from './types';

export interface RecognizerOptions {
  /** Traditional → simplified folding; defaults to the table generated from the catalogue. */
  tradToSimp?: TradToSimp;
  /** Partners and their calls; without them only programme names are recognised. */
  partners?: PartnerCatalogue;
}

/** What every pass builds its words from. */
export interface RecognitionInput {
  entries: readonly Entry[];
  partners?: PartnerCatalogue;
  foldTable: Uint16Array;
}

/** The passes, in priority order: at equal length, a rule of an earlier pass wins. */
// The grammars' data types differ; the composer hands each action its own grammar's data.
const GRAMMARS: ReadonlyArray<Grammar<RecognitionInput, any>> = [programmeNames, partnerCalls];

/** Everything the recognizer runs on, as plain data. */
export interface RecognitionData {
  automaton: AutomatonData;
  lexicon: LexiconData;
  rules: RulesData;
  /** Per pass, in GRAMMARS order: the data its actions read. */
  grammarData: unknown[];
}

export function createRecognizer(entries: readonly Entry[], options: RecognizerOptions = {}): Recognizer {
  const foldTable = options.tradToSimp ? buildFoldTable(options.tradToSimp) : defaultFoldTable();
  return recognizerOf(compileRecognition({ entries, partners: options.partners, foldTable }), foldTable);
}

export function compileRecognition(input: RecognitionInput): RecognitionData {
  const lexiconBuilder = new LexiconBuilder((text) => foldWith(input.foldTable, text));
  const grammarData = GRAMMARS.map((grammar) => grammar.build(input, lexiconBuilder));
  const lexicon = lexiconBuilder.build(ruleKinds(GRAMMARS));
  const automaton = buildAutomaton(lexicon.keys, input.foldTable);
  const rules = compileRules(GRAMMARS, lexicon, automaton);
  return { automaton, lexicon, rules, grammarData };
}

export function recognizerOf(data: RecognitionData, foldTable: Uint16Array): Recognizer {
  const { caseForms } = data.lexicon;
  const guarded = new Uint8Array(caseForms.length);
  caseForms.forEach((form, pattern) => (guarded[pattern] = form === '' ? 0 : 1));
  const matcher = matcherOf(data.automaton, foldTable, {
    guarded,
    accept: (text, start, end, pattern) => writtenAsAbbreviation(text, start, end, caseForms[pattern]!),
  });
  const composer = new Composer({
    lexicon: data.lexicon,
    rules: data.rules,
    foldTable,
    grammars: GRAMMARS.map((grammar, i) => ({ actions: grammar.actions, data: data.grammarData[i] })),
  });
  return {
    find(text: string, from = 0): Mention[] {
      const mentions: Mention[] = [];
      composer.start(text, (mention) => mentions.push(mention));
      // A dropped token that may hide a name sends the scan back to just after its start.
      for (let at = from; at >= 0; at = composer.finish()) matcher.scanTokens(text, composer.token, at);
      return mentions;
    },
  };
}
