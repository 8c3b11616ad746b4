/**
 * The recognizer the page engine and the command line use: every programme mention, partner
 * call and partner named alone in a text, leftmost-longest, never overlapping, offsets in
 * UTF-16 code units of the raw text.
 *
 * One scan: the automaton (core/matcher.ts) reports the words of every pass (grammar) as
 * tokens, the composer (core/composer.ts) puts them together by the passes' rules. The passes:
 * programme names (core/patterns.ts), partner calls (core/partner-calls.ts) and English names as
 * people write them (core/english-names.ts);
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
import { createGrantNumberPass, type GrantNumberPass } from './grant-numbers';
import { buildAutomaton, matcherOf, type AutomatonData } from './matcher';
import { englishNames } from './english-names';
import { partnerCalls, type PartnerWords } from './partner-calls';
import { programmeNames } from './patterns';
import type { RecognizerEntry } from './schema';
import type { Mention, Recognizer } from './types';

export interface RecognizerOptions {
  /** Traditional → simplified folding; defaults to the table generated from the catalogue. */
  tradToSimp?: TradToSimp;
  /**
   * Partners and their calls (a PartnerCatalogue, or only its words: core/partner-calls.ts);
   * without them only programme names are recognised.
   */
  partners?: PartnerWords;
}

/** What every pass builds its words from. */
export interface RecognitionInput {
  entries: readonly RecognizerEntry[];
  partners?: PartnerWords;
  foldTable: Uint16Array;
}

/** A pass, as the recognizer runs it (each grammar's data type is its own; the composer hands it back to its actions). */
export type RecognitionPass = Grammar<RecognitionInput, any>;

/**
 * The passes, in priority order: at equal length, a rule of an earlier pass wins (a catalogue
 * name alone is the programme-names pass's, not the English grammar's). Grant numbers are a
 * separate, cheaper pass over the text (docs/architecture.md, «Recognition passes»).
 */
export const RECOGNITION_PASSES: readonly RecognitionPass[] = [programmeNames, partnerCalls, englishNames];

/** Everything the recognizer runs on, as plain data. */
export interface RecognitionData {
  automaton: AutomatonData;
  lexicon: LexiconData;
  rules: RulesData;
  /** Per pass, in order: the data its actions read. */
  grammarData: unknown[];
}

export function createRecognizer(entries: readonly RecognizerEntry[], options: RecognizerOptions = {}): Recognizer {
  const foldTable = options.tradToSimp ? buildFoldTable(options.tradToSimp) : defaultFoldTable();
  const data = compileRecognition({ entries, partners: options.partners, foldTable });
  return recognizerOf(data, foldTable, RECOGNITION_PASSES, createGrantNumberPass(entries));
}

/** Build time: every pass's words, the automaton, the rules and the passes' data, as plain data. */
export function compileRecognition(input: RecognitionInput, passes: readonly RecognitionPass[] = RECOGNITION_PASSES): RecognitionData {
  const lexiconBuilder = new LexiconBuilder((text) => foldWith(input.foldTable, text));
  const grammarData = passes.map((pass) => pass.build(input, lexiconBuilder));
  const lexicon = lexiconBuilder.build(ruleKinds(passes));
  const automaton = buildAutomaton(lexicon.keys, input.foldTable);
  const rules = compileRules(passes, grammarData, lexicon, automaton);
  return { automaton, lexicon, rules, grammarData };
}

/** Run time: the recognizer over compiled data (the same `passes`, for their actions). */
export function recognizerOf(
  data: RecognitionData,
  foldTable: Uint16Array,
  passes: readonly RecognitionPass[] = RECOGNITION_PASSES,
  /**
   * Grant numbers (issue 11, core/grant-numbers.ts): a separate, cheap pass over the same text,
   * merged in by position after every name pass (it reads the names beside a number).
   */
  grantNumbers?: GrantNumberPass,
): Recognizer {
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
    grammars: passes.map((pass, i) => ({ actions: pass.actions, data: data.grammarData[i] })),
    scan: matcher.scanTokens,
  });
  return {
    find(text: string, from = 0): Mention[] {
      const mentions: Mention[] = [];
      composer.start(text, (mention) => mentions.push(mention));
      // A dropped token that may hide a name sends the scan back to just after its start.
      for (let at = from; at >= 0; at = composer.finish()) matcher.scanTokens(text, composer.token, at);
      return grantNumbers ? grantNumbers.merge(text, mentions, from) : mentions;
    },
  };
}
