/**
 * The benchmark's page generator and synthetic catalogues: the planted count must be the
 * true number of mentions (it is the recall target every engine is measured against).
 * Correctness only; timing is never asserted here (bench/run.ts measures it in Chromium).
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { catalogueForms } from '../../bench/catalogue-forms';
import { EN_VARIANTS, ZH_VARIANTS } from '../../bench/name-variants';
import { ALL_NOTICE_TEXTS } from '../../bench/notice-text';
import {
  assertNoticeTextNamesNothing,
  generateAppendBlocks,
  generatePage,
  utf8Length,
} from '../../bench/page-generator';
import { generateEnglishPage } from '../../bench/english-page';
import { blockTexts } from '../../bench/recognizer-cost';
import { syntheticCatalogue } from '../../bench/synthetic-catalogue';
import { createBundledRecognizer } from '../../core/bundled-recognizer';
import { bundledCatalogue } from '../../core/bundled-catalogue';
import { createRecognizer } from '../../core/recognizer';
import { CatalogueFileSchema } from '../../core/schema';

const entries = [...bundledCatalogue.entries];
const forms = catalogueForms(entries);
const recognizer = createRecognizer(entries);

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}


function mentionsIn(bodyHtml: string, r = recognizer): number {
  return blockTexts(bodyHtml).reduce((sum, text) => sum + r.find(text).length, 0);
}

describe('generatePage', () => {
  const page = generatePage({ textBytes: 100_000, forms, seed: 101 });

  it('is the same page for the same seed, another for another seed', () => {
    expect(generatePage({ textBytes: 100_000, forms, seed: 101 }).bodyHtml).toBe(page.bodyHtml);
    expect(generatePage({ textBytes: 100_000, forms, seed: 102 }).bodyHtml).not.toBe(page.bodyHtml);
  });

  it('writes the amount of text asked for, and counts it truly', () => {
    expect(page.textBytes).toBeGreaterThanOrEqual(100_000);
    expect(page.textBytes).toBeLessThan(110_000);
    const text = unescape(page.bodyHtml.replace(/<[^>]+>/g, ''));
    expect(text.length).toBe(page.textChars);
    expect(utf8Length(text)).toBe(page.textBytes);
    expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it('plants names at a realistic density, in every variant, with headings, lists and tables', () => {
    expect(page.planted.total).toBeGreaterThan(100);
    expect(page.planted.total).toBeLessThan(500);
    for (const variant of [...ZH_VARIANTS, ...EN_VARIANTS]) expect(page.planted.byVariant[variant]).toBeGreaterThan(0);
    for (const tag of ['<h2>', '<ul>', '<table>', '<b>']) expect(page.bodyHtml).toContain(tag);
  });

  it('plants exactly the mentions the recognizer finds, block by block', () => {
    expect(mentionsIn(page.bodyHtml)).toBe(page.planted.total);
  });

  it('writes a page without names when given none', () => {
    const empty = generatePage({ textBytes: 50_000, forms: [], seed: 104 });
    expect(empty.planted.total).toBe(0);
    expect(mentionsIn(empty.bodyHtml)).toBe(0);
  });
});

describe('generateEnglishPage (acknowledgements and CV lists, issue 11)', () => {
  const page = generateEnglishPage({ textBytes: 100_000, seed: 106 });
  const found = blockTexts(page.bodyHtml).flatMap((text) => createBundledRecognizer().find(text));

  it('is the same page for the same seed, and writes the amount of text asked for', () => {
    expect(generateEnglishPage({ textBytes: 100_000, seed: 106 }).bodyHtml).toBe(page.bodyHtml);
    expect(page.textBytes).toBeGreaterThanOrEqual(100_000);
    expect(page.textBytes).toBeLessThan(105_000);
    expect(utf8Length(unescape(page.bodyHtml.replace(/<[^>]+>/g, '')))).toBe(page.textBytes);
  });

  it('plants exactly the English names and numbers the shipped recognizer finds, in every variant', () => {
    expect(page.planted.names).toBeGreaterThan(100);
    expect(found.filter((m) => !m.grant)).toHaveLength(page.planted.names);
    expect(found.filter((m) => m.grant)).toHaveLength(page.planted.numbers);
    for (const variant of EN_VARIANTS) expect(page.planted.byVariant[variant]).toBeGreaterThan(0);
  });
});

describe('generateAppendBlocks', () => {
  it('makes paragraphs with one mention each', () => {
    const { blocks, planted } = generateAppendBlocks(30, forms, 105);
    expect(blocks).toHaveLength(30);
    expect(planted.total).toBe(30);
    for (const block of blocks) expect(mentionsIn(block)).toBe(1);
  });
});

describe('assertNoticeTextNamesNothing', () => {
  it('passes on the real notice text and names the culprit otherwise', () => {
    expect(() => assertNoticeTextNamesNothing(forms, ALL_NOTICE_TEXTS)).not.toThrow();
    expect(() => assertNoticeTextNamesNothing(forms, ['请申报政府间专项的老师联系我们。'])).toThrow(
      /请申报政府间专项的老师联系我们.*政府间专项/,
    );
  });
});

describe('syntheticCatalogue', () => {
  const big = syntheticCatalogue(entries, 10_000, 7);

  it('keeps the real entries and reaches the number of names asked for', () => {
    expect(big.slice(0, entries.length)).toEqual(entries);
    const count = catalogueForms(big).length;
    expect(count).toBeGreaterThanOrEqual(10_000);
    expect(count).toBeLessThanOrEqual(10_001);
    expect(new Set(big.map((entry) => entry.id)).size).toBe(big.length);
  });

  it('is a valid catalogue, the same for the same seed', () => {
    expect(() => v.parse(CatalogueFileSchema, { version: 1, asOf: '2026-01-01', entries: big })).not.toThrow();
    expect(syntheticCatalogue(entries, 10_000, 7)).toEqual(big);
  });

  it('adds no name that occurs on the generated pages', () => {
    const page = generatePage({ textBytes: 50_000, forms, seed: 101 });
    expect(mentionsIn(page.bodyHtml, createRecognizer(big))).toBe(page.planted.total);
  });
});
