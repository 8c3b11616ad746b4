/**
 * The recognizer the page engine and the command line use: every programme mention in a
 * text, leftmost-longest, never overlapping, offsets in UTF-16 code units of the raw text.
 *
 * Pure: no DOM, no browser API.
 */
import { defaultFoldTable } from './default-fold';
import { buildFoldTable, type TradToSimp } from './fold';
import { createGrantNumberPass } from './grant-numbers';
import { compileMatcher } from './matcher';
import { buildPatterns } from './patterns';
import type { Entry } from './schema';
import type { Mention, Recognizer } from './types';

export interface RecognizerOptions {
  /** Traditional → simplified folding; defaults to the table generated from the catalogue. */
  tradToSimp?: TradToSimp;
}

export function createRecognizer(entries: readonly Entry[], options: RecognizerOptions = {}): Recognizer {
  const foldTable = options.tradToSimp ? buildFoldTable(options.tradToSimp) : defaultFoldTable();
  const { keys, refs } = buildPatterns(entries, foldTable);
  const matcher = compileMatcher(keys, foldTable);
  // Grant numbers (issue 11): a separate, cheap pass over the same text, merged in by position.
  const grantNumbers = createGrantNumberPass(entries);
  return {
    find(text: string, from = 0): Mention[] {
      const mentions: Mention[] = [];
      matcher.scan(
        text,
        (start, end, pattern) => {
          mentions.push({ start, end, refs: refs[pattern] as Mention['refs'] });
        },
        from,
      );
      return grantNumbers.merge(text, mentions, from);
    },
  };
}
