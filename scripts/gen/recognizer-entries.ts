/**
 * Build step: the recognizer's share of data/programs.json (core/schema.ts RECOGNIZER_FIELDS:
 * ids, kinds, the family tree, funders, names and aliases), written to
 * core/generated/recognizer-entries.json. The build step that compiles the content script's
 * recognizer (scripts/gen/recognition.ts) reads it: that recognizer recognises the names but
 * never shows the summaries, facts and sources (the card that shows them loads on demand).
 * The catalogue is validated by the first step; this one only picks the fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizerEntryOf } from '../../core/schema';
import { validateData } from '../catalogue-file';

export const recognizerEntriesStep = {
  name: "the recognizer's share of the catalogue (core/generated/recognizer-entries.json)",
  run(outDir: string): void {
    const entries = validateData().programmes.entries.map(recognizerEntryOf);
    writeFileSync(join(outDir, 'recognizer-entries.json'), `${JSON.stringify(entries)}\n`);
  },
};
