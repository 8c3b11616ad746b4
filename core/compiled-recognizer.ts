/**
 * The recognizer over compiled recognition data (core/recognizer.ts `compileRecognition`, or
 * the bundled catalogue's, packed at build time: core/recognition-pack.ts): the automaton's
 * scan, the composer and the passes' actions. Apart from the compiler so that the content
 * script loads none of the builders (issue 12; tests/unit/import-graph.test.ts).
 *
 * Pure: no DOM, no browser API.
 */
import { writtenAsAbbreviation } from './abbreviation-case';
import { Composer, type LexiconData, type RulesData } from './composer';
import type { GrantNumberPass } from './grant-numbers';
import { matcherOf, type AutomatonData } from './matcher';
import type { PassActions } from './recognition-actions';
import type { Mention, Recognizer } from './types';

/** Everything the recognizer runs on, as plain data. */
export interface RecognitionData {
  automaton: AutomatonData;
  lexicon: LexiconData;
  rules: RulesData;
  /** Per pass, in order: the data its actions read. */
  grammarData: unknown[];
}

/**
 * Run time: the recognizer over compiled data. `passes`: per pass, in the order the data was
 * compiled with, its actions (the passes themselves, or core/recognition-actions.ts).
 */
export function recognizerOf(
  data: RecognitionData,
  foldTable: Uint16Array,
  passes: ReadonlyArray<{ actions: PassActions }>,
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
