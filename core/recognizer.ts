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
 * makes plain data (typed arrays, plain objects), `recognizerOf` (core/compiled-recognizer.ts)
 * runs it. The content script does only the second: the build compiles the bundled catalogue
 * and packs the result (scripts/gen/recognition.ts, core/recognition-pack.ts, issue 12).
 *
 * Pure: no DOM, no browser API.
 */
import { compileRules, LexiconBuilder, ruleKinds, type Grammar } from './composer';
import { recognizerOf, type RecognitionData } from './compiled-recognizer';
import { defaultFoldTable } from './default-fold';
import { buildFoldTable, foldWith, type TradToSimp } from './fold';
import { createGrantNumberPass } from './grant-numbers';
import { buildAutomaton } from './matcher';
import { englishNames } from './english-names';
import { partnerCalls, type PartnerWords } from './partner-calls';
import { programmeNames } from './patterns';
import type { RecognizerEntry } from './schema';
import type { Recognizer } from './types';

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

export { recognizerOf, type RecognitionData } from './compiled-recognizer';

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

