/**
 * The recognizer over the catalogue shipped with the extension: the programmes' names
 * (core/generated/recognizer-entries.json, the recognizer's share of data/programs.json:
 * scripts/gen/recognizer-entries.ts) and the partners' words (core/generated/partner-words.json,
 * the recognizer's share of data/partners.json: scripts/gen/partner-words.ts). Both were
 * validated by the build, so the content script neither carries nor re-checks the rest of the
 * catalogue. The content script, the e2e pages and the tests that read as the extension reads
 * use this one, so they all see the same mentions.
 *
 * Pure: no DOM, no browser API.
 */
import partnerWords from './generated/partner-words.json';
import recognizerEntries from './generated/recognizer-entries.json';
import type { PartnerWords } from './partner-calls';
import type { RecognizerEntry } from './schema';
import { createRecognizer } from './recognizer';
import type { Recognizer } from './types';

export function createBundledRecognizer(): Recognizer {
  return createRecognizer(recognizerEntries as RecognizerEntry[], { partners: partnerWords as PartnerWords });
}
