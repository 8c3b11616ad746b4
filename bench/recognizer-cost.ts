/**
 * What the recognizer's passes cost (issue 11): the same page text read by the recognizer with
 * the programme names and partner calls only, then with the grant numbers added, then with the
 * English grammar added, then with both (what the extension ships). Run in Node on the block
 * texts the page engine would hand it, so the difference is the passes' own cost, without the
 * page engine's (the browser scans in bench/scan-rounds.ts include both). Interleaved rounds,
 * median reported (bench/report.ts).
 */
import { performance } from 'node:perf_hooks';
import partnersFile from '../data/partners.json';
import { createGrantNumberPass } from '../core/grant-numbers';
import { defaultFoldTable } from '../core/default-fold';
import { englishNames } from '../core/english-names';
import { partnerWordsOf, type PartnerWords } from '../core/partner-calls';
import type { PartnersFile } from '../core/partner-schema';
import { compileRecognition, RECOGNITION_PASSES, recognizerOf, type RecognitionPass } from '../core/recognizer';
import type { Entry } from '../core/schema';
import type { Recognizer } from '../core/types';

export type RecognizerConfig = 'names' | 'names+numbers' | 'names+english' | 'all';
export const RECOGNIZER_CONFIGS: readonly RecognizerConfig[] = ['names', 'names+numbers', 'names+english', 'all'];

export interface RecognizerCostRecord {
  page: string;
  config: RecognizerConfig;
  /** Characters read (the page's block texts). */
  chars: number;
  /** Mentions found (names, calls, numbers). */
  found: number;
  /** Milliseconds per run, for the whole page. */
  runsMs: number[];
}

function recognizerWith(entries: readonly Entry[], config: RecognizerConfig): Recognizer {
  const foldTable = defaultFoldTable();
  const partners: PartnerWords = partnerWordsOf(partnersFile as PartnersFile);
  const english = config === 'names+english' || config === 'all';
  const passes: RecognitionPass[] = RECOGNITION_PASSES.filter((pass) => english || pass !== englishNames);
  const data = compileRecognition({ entries, partners, foldTable }, passes);
  const numbers = config === 'names+numbers' || config === 'all' ? createGrantNumberPass(entries) : undefined;
  return recognizerOf(data, foldTable, passes, numbers);
}

/** The texts of a page's blocks, as the page engine reads them (inline markup removed). */
export function blockTexts(bodyHtml: string): string[] {
  return [...bodyHtml.matchAll(/<(p|h2|li|td|th)>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]!.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

export function measureRecognizer(entries: readonly Entry[], pages: ReadonlyArray<{ id: string; bodyHtml: string }>, runs: number): RecognizerCostRecord[] {
  const records: RecognizerCostRecord[] = [];
  const recognizers = new Map(RECOGNIZER_CONFIGS.map((config) => [config, recognizerWith(entries, config)]));
  for (const page of pages) {
    const texts = blockTexts(page.bodyHtml);
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    const byConfig = new Map<RecognizerConfig, RecognizerCostRecord>();
    for (const config of RECOGNIZER_CONFIGS) byConfig.set(config, { page: page.id, config, chars, found: 0, runsMs: [] });
    // One warm-up run each (JIT), then rounds with the configs in a rotated order.
    for (let round = -1; round < runs; round++) {
      const order = RECOGNIZER_CONFIGS.map((_, i) => RECOGNIZER_CONFIGS[(i + Math.max(round, 0)) % RECOGNIZER_CONFIGS.length]!);
      for (const config of order) {
        const recognizer = recognizers.get(config)!;
        const started = performance.now();
        let found = 0;
        for (const text of texts) found += recognizer.find(text).length;
        const ms = performance.now() - started;
        if (round < 0) continue;
        const record = byConfig.get(config)!;
        record.runsMs.push(ms);
        record.found = found;
      }
    }
    records.push(...byConfig.values());
  }
  return records;
}
