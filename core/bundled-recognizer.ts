/**
 * The recognizer over the catalogue shipped with the extension: the programmes
 * (core/bundled-catalogue.ts) and the partners' words (core/generated/partner-words.json, the
 * recognizer's share of data/partners.json: scripts/gen/partner-words.ts). The content script,
 * the e2e pages and the tests that read as the extension reads use this one, so they all see
 * the same mentions.
 *
 * Pure: no DOM, no browser API.
 */
import { bundledCatalogue } from './bundled-catalogue';
import partnerWords from './generated/partner-words.json';
import type { PartnerWords } from './partner-calls';
import { createRecognizer } from './recognizer';
import type { Recognizer } from './types';

export function createBundledRecognizer(): Recognizer {
  return createRecognizer(bundledCatalogue.entries, { partners: partnerWords as PartnerWords });
}
