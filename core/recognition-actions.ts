/**
 * What the recognizer runs, per pass, on compiled data: the passes' actions, in the order of
 * RECOGNITION_PASSES (core/recognizer.ts, whose grammars take their actions from here). The
 * content script runs the bundled recognition from this list and never loads the passes'
 * builders (core/recognition-pack.ts, issue 12).
 *
 * Pure: no DOM, no browser API.
 */
import type { Action } from './composer';
import { englishNameActions } from './english-name-actions';
import { partnerCallActions } from './partner-call-actions';
import type { NameRef } from './types';

/** A pass's actions by name (a compiled rule names its action). */
export type PassActions = Readonly<Record<string, Action<any>>>;

/** Programme names: a name standing alone is a mention of its entries (core/patterns.ts builds the words). */
export const programmeNameActions: Readonly<Record<string, Action<null>>> = {
  programme: (match) => ({ refs: match.tokens[0]!.items as NameRef[] }),
};

/** Per pass, in the order of RECOGNITION_PASSES: programme names, partner calls, English names (as recognizerOf takes them). */
export const RECOGNITION_ACTIONS: ReadonlyArray<{ actions: PassActions }> = [
  { actions: programmeNameActions },
  { actions: partnerCallActions },
  { actions: englishNameActions },
];
