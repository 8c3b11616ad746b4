/**
 * The recognizer over the catalogue shipped with the extension: the programmes and the partners
 * (core/bundled-catalogue.ts, core/bundled-partners.ts). The content script, the e2e pages and
 * the tests that read as the extension reads use this one, so they all see the same mentions.
 *
 * Pure: no DOM, no browser API.
 */
import { bundledCatalogue } from './bundled-catalogue';
import { bundledPartners } from './bundled-partners';
import { createRecognizer } from './recognizer';
import type { Recognizer } from './types';

export function createBundledRecognizer(): Recognizer {
  return createRecognizer(bundledCatalogue.entries, { partners: bundledPartners });
}
