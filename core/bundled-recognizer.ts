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
import { parsePackedRecognition, unpackRecognition } from './recognition-pack';
import type { Recognizer } from './types';

export function createBundledRecognizer(): Recognizer {
  const { data, foldTable, numbered } = unpackRecognition(parsePackedRecognition(PACKED_RECOGNITION_JSON));
  return recognizerOf(data, foldTable, RECOGNITION_ACTIONS, grantNumberPassOf(numbered));
}
