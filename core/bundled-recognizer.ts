/**
 * The recognizer over the catalogue shipped with the extension: the programmes' names and the
 * partners' words (the recognizer's shares of data/programs.json and data/partners.json,
 * validated by the build), compiled at build time (scripts/gen/recognition.ts) into
 * core/generated/recognition.ts. Here it is only unpacked and run (core/recognition-pack.ts),
 * so a page's start-up builds no fold table, lexicon, automaton or rules, and the content
 * script carries neither the builders nor the catalogue's words (issue 12). It recognises
 * exactly what createRecognizer(entries, { partners }) does (tests/unit/recognition-pack.test.ts).
 * The content script, the e2e pages and the tests that read as the extension reads use this
 * one, so they all see the same mentions.
 *
 * Pure: no DOM, no browser API.
 */
import { recognizerOf } from './compiled-recognizer';
import { PACKED_RECOGNITION_JSON } from './generated/recognition';
import { grantNumberPassOf } from './grant-numbers';
import { RECOGNITION_ACTIONS } from './recognition-actions';
import { parsePackedRecognition, runToEnd, unpackingSteps } from './recognition-pack';
import type { Recognizer } from './types';

export function createBundledRecognizer(): Recognizer {
  return runToEnd(bundledRecognizerSteps());
}

/** The bundled recognizer unpacked a step at a time, with the page's other work in between. */
export interface BundledRecognizerUnpacking {
  /**
   * Runs the next step of the unpacking (each a few milliseconds of cold code); true once the
   * recognizer is ready.
   */
  step(): boolean;
  /** The recognizer: its first `find` runs whatever steps are left first. */
  recognizer: Recognizer;
}

/**
 * The content script's start: the unpacking (20–30 ms of cold code in Chromium in one piece,
 * docs/architecture.md «Start-up from compiled data») as steps the page engine runs in its
 * time slices while the page loads, so no task of it is long.
 */
export function unpackBundledRecognizer(): BundledRecognizerUnpacking {
  const steps = bundledRecognizerSteps();
  let ready: Recognizer | null = null;
  const step = (): boolean => {
    if (!ready) {
      const next = steps.next();
      if (next.done) ready = next.value;
    }
    return ready !== null;
  };
  return {
    step,
    recognizer: {
      find(text, from) {
        while (!step());
        return ready!.find(text, from);
      },
    },
  };
}

function* bundledRecognizerSteps(): Generator<void, Recognizer> {
  const packed = parsePackedRecognition(PACKED_RECOGNITION_JSON);
  yield;
  const { data, foldTable, numbered } = yield* unpackingSteps(packed);
  yield;
  return recognizerOf(data, foldTable, RECOGNITION_ACTIONS, grantNumberPassOf(numbered));
}
