/**
 * The content script's recognizer starts from the recognition compiled at build time
 * (core/generated/recognition.ts, scripts/gen/recognition.ts; issue 12). It must be today's
 * catalogue's and recognise exactly what compiling at run time does: the unpacked data equals a
 * fresh compile array for array, the fold table differs only where the recognizer never looks,
 * and the two recognizers find the same mentions on the test pages and the bench's pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueForms } from '../../bench/catalogue-forms';
import { generateEnglishPage } from '../../bench/english-page';
import { generatePage } from '../../bench/page-generator';
import { blockTexts } from '../../bench/recognizer-cost';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createBundledRecognizer, unpackBundledRecognizer } from '../../core/bundled-recognizer';
import { FILLER_CHARS } from '../../core/composer';
import { defaultFoldTable } from '../../core/default-fold';
import { FOLD_IGNORED, FOLD_SPACE, isLatinWordChar } from '../../core/fold';
import partnerWords from '../../core/generated/partner-words.json';
import { PACKED_RECOGNITION_JSON } from '../../core/generated/recognition';
import recognizerEntries from '../../core/generated/recognizer-entries.json';
import { TRAD_TO_SIMP } from '../../core/generated/trad-to-simp';
import { numberedEntriesOf } from '../../core/grant-numbers';
import type { PartnerWords } from '../../core/partner-calls';
import { RECOGNITION_ACTIONS } from '../../core/recognition-actions';
import { packRecognition, parsePackedRecognition, UNREAD, unpackRecognition } from '../../core/recognition-pack';
import { compileRecognition, createRecognizer, RECOGNITION_PASSES } from '../../core/recognizer';
import type { RecognizerEntry } from '../../core/schema';
import { htmlToText } from '../../scripts/html-text';
import { compileBundled, firstDifference, packedJson, renderRecognitionModule } from '../../scripts/gen/recognition';

const entries = recognizerEntries as RecognizerEntry[];
const partners = partnerWords as PartnerWords;
const unpacked = unpackRecognition(parsePackedRecognition(PACKED_RECOGNITION_JSON));
const fresh = compileRecognition({ entries, partners, foldTable: defaultFoldTable() });

describe('the compiled recognition (core/generated/recognition.ts)', () => {
  it('is what the generator writes from today’s catalogue (else: npm run generate)', () => {
    const compiled = compileBundled(entries, partners, TRAD_TO_SIMP);
    const written = readFileSync(resolve(import.meta.dirname, '../../core/generated/recognition.ts'), 'utf8');
    expect(written, 'core/generated/recognition.ts is stale: run npm run generate').toBe(
      renderRecognitionModule(packedJson(packRecognition(compiled.data, compiled.foldTable, compiled.numbered))),
    );
  });

  it('unpacks to exactly the data compiled at run time: automaton, lexicon, rules, passes’ data', () => {
    expect(unpacked.data.automaton).toEqual(fresh.automaton);
    expect(unpacked.data.lexicon).toEqual(fresh.lexicon);
    expect(unpacked.data.rules).toEqual(fresh.rules);
    expect(unpacked.data.grammarData).toEqual(fresh.grammarData);
    expect(firstDifference(unpacked.data, fresh)).toBeNull();
    expect(unpacked.numbered).toEqual(numberedEntriesOf(entries));
  });

  it('folds every code unit the recognizer reads as the full fold table does', () => {
    const full = defaultFoldTable();
    const read = new Uint8Array(0x10000);
    read[FOLD_IGNORED] = read[FOLD_SPACE] = 1;
    for (const key of fresh.lexicon.keys) for (const ch of key) read[ch.charCodeAt(0)] = 1;
    for (const ch of FILLER_CHARS) read[ch.charCodeAt(0)] = 1;
    const readBy = (code: number) => read[code] === 1 || isLatinWordChar(code);
    expect(readBy(UNREAD)).toBe(false);
    let differ = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (unpacked.foldTable[c] === full[c]) continue;
      differ++;
      // Where the tables differ, neither the code unit nor its fold is anything the recognizer asks about.
      expect(readBy(c) || readBy(full[c]!) || readBy(unpacked.foldTable[c]!), `U+${c.toString(16)}`).toBe(false);
    }
    expect(differ).toBeGreaterThan(0); // the point of the reduced table: it ships less than the full one
  });

  it('fails the build naming the first part that would not unpack as compiled', () => {
    const broken = { ...fresh, rules: { ...fresh.rules, shadows: fresh.rules.shadows.map((reach, p) => (p === 3 ? reach + 1 : reach)) } };
    expect(firstDifference(broken, fresh)).toBe('recognition.rules.shadows[3]');
  });

  it('runs with each pass’s actions, in the order the passes were compiled', () => {
    expect(RECOGNITION_ACTIONS.map((pass) => pass.actions)).toEqual(RECOGNITION_PASSES.map((pass) => pass.actions));
    RECOGNITION_ACTIONS.forEach((pass, i) => expect(pass.actions).toBe(RECOGNITION_PASSES[i]!.actions));
  });
});

describe('the bundled recognizer', () => {
  const bundled = createBundledRecognizer();
  const runTime = createRecognizer(entries, { partners });
  const pagesDir = resolve(import.meta.dirname, '../e2e/pages');
  const htmlPages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const forms = catalogueForms([...bundledCatalogue.entries]);

  it.each(htmlPages)('finds what the recognizer compiled at run time finds on tests/e2e/pages/%s', (file) => {
    const text = htmlToText(readFileSync(join(pagesDir, file), 'utf8'));
    expect(bundled.find(text)).toEqual(runTime.find(text));
  });

  it('finds what it finds on the bench’s generated notice and English pages, names, calls and numbers', () => {
    const texts = [
      ...blockTexts(generatePage({ textBytes: 200_000, forms, seed: 12 }).bodyHtml),
      ...blockTexts(generateEnglishPage({ textBytes: 100_000, seed: 12 }).bodyHtml),
    ];
    let mentions = 0;
    for (const text of texts) {
      const found = bundled.find(text);
      mentions += found.length;
      expect(found).toEqual(runTime.find(text));
    }
    expect(mentions).toBeGreaterThan(300);
  });
});

describe('the bundled recognizer unpacked in steps (the content script: core/bundled-recognizer.ts)', () => {
  const text = htmlToText(readFileSync(resolve(import.meta.dirname, '../e2e/pages/tooltip-notice.html'), 'utf8'));
  const expected = createBundledRecognizer().find(text);

  it('takes several steps, then is ready and finds what the recognizer unpacked at once finds', () => {
    const unpacking = unpackBundledRecognizer();
    let steps = 1;
    while (!unpacking.step()) steps++;
    expect(steps).toBeGreaterThanOrEqual(4);
    expect(unpacking.step()).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
    expect(unpacking.recognizer.find(text)).toEqual(expected);
  });

  it('asked to find before the steps are done, runs the rest first', () => {
    const unpacking = unpackBundledRecognizer();
    unpacking.step();
    expect(unpacking.recognizer.find(text)).toEqual(expected);
    expect(unpacking.step()).toBe(true);
  });
});

describe('the pack as JSON (scripts/gen/recognition.ts packedJson, parsePackedRecognition)', () => {
  const compiled = compileBundled(entries, partners, TRAD_TO_SIMP);
  const packed = packRecognition(compiled.data, compiled.foldTable, compiled.numbered);

  it('parses back to the pack, each shared value one object wherever it occurs', () => {
    const parsed = parsePackedRecognition(packedJson(packed));
    expect(parsed).toEqual(packed);
    // The NameRef of a programme's name sits in the piece table and in its solo result: one object.
    const name = parsed.tables[0]![0]!;
    const solo = (parsed.soloResults as Array<{ refs?: unknown }>).find((result) => JSON.stringify(result.refs) === JSON.stringify(name));
    expect(solo?.refs).toBe(name);
  });

  it('refuses a pack with a string that starts with a mark, naming where', () => {
    const marked = { ...packed, kinds: [...packed.kinds, '@x'] };
    expect(() => packedJson(marked)).toThrow(/recognition\.kinds\.\d+ starts with @/);
  });
});
