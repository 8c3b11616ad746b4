/**
 * The content script recognises from the recognizer's share of the catalogue
 * (core/generated/recognizer-entries.json), not from data/programs.json: the share must be
 * today's catalogue's, and recognise exactly what the whole catalogue does.
 */
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import partnerWords from '../../core/generated/partner-words.json';
import recognizerEntries from '../../core/generated/recognizer-entries.json';
import { nameRefsOf } from '../../core/written-forms';
import type { PartnerWords } from '../../core/partner-calls';
import { createRecognizer } from '../../core/recognizer';
import { RECOGNIZER_FIELDS, recognizerEntryOf } from '../../core/schema';

describe("the recognizer's share of the catalogue", () => {
  it('is the catalogue of today, with only the fields recognition reads', () => {
    expect(recognizerEntries).toEqual(JSON.parse(JSON.stringify(bundledCatalogue.entries.map(recognizerEntryOf))));
    for (const entry of recognizerEntries) expect(Object.keys(entry).sort()).toEqual([...RECOGNIZER_FIELDS].sort());
  });

  it('recognises exactly what the whole catalogue does, names, former names, calls and numbers', () => {
    const every = bundledCatalogue.entries.flatMap((entry) => nameRefsOf(entry, { includeSearchOnly: true }).map((ref) => ref.text));
    const text = [
      ...every,
      '国家自然科学基金委员会与德国研究联合会合作研究项目',
      '中国和新西兰政府间科技合作项目',
      '批准号：62061136006',
      'Grant No. 2019YFE0126800',
    ].join('。');
    const whole = createRecognizer(bundledCatalogue.entries, { partners: partnerWords as PartnerWords });
    const found = createBundledRecognizer().find(text);
    expect(found.length).toBeGreaterThan(every.length / 2);
    expect(found).toEqual(whole.find(text));
  });
});
