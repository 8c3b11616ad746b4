/**
 * Build step: the recognizer's share of data/partners.json (core/partner-calls.ts
 * partnerWordsOf: ids, kinds, countries, written forms, programme links, the country table's
 * names and prefixes), written to core/generated/partner-words.json. The build step that
 * compiles the content script's recognizer (scripts/gen/recognition.ts) reads it: that
 * recognizer recognises partners and their calls but never shows their facts and sources, and
 * would otherwise carry the whole file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partnerWordsOf } from '../../core/partner-calls';
import { validateData } from '../catalogue-file';

export const partnerWordsStep = {
  name: "the recognizer's partner words (core/generated/partner-words.json)",
  run(outDir: string): void {
    writeFileSync(join(outDir, 'partner-words.json'), `${JSON.stringify(partnerWordsOf(validateData().partners))}\n`);
  },
};
