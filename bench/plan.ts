/**
 * What `npm run bench` measures, and how often. The full plan is what BENCHMARKS.md reports;
 * `--quick` is a smoke run for development (small pages, few runs, nothing over a minute).
 */
import type { EngineName } from './browser/engines';

export interface PageSpec {
  id: string;
  label: string;
  textBytes: number;
  withNames: boolean;
  seed: number;
  /** `notice` (default): bench/page-generator.ts; `english`: acknowledgements and CV lists (bench/english-page.ts). */
  kind?: 'notice' | 'english';
}

export interface ScanGroup {
  title: string;
  page: string;
  catalogue: string;
  engines: EngineName[];
  runs: number;
  /** Fewer runs for engines too slow to repeat (mark.js on 10 MB takes minutes). */
  runsFor?: Partial<Record<EngineName, number>>;
  /** A run still going after this long is stopped and reported as "over the cap". */
  capMsFor?: Partial<Record<EngineName, number>>;
}

/** A page the built extension is measured on, with and without its content script. */
export interface ExtensionCostSpec {
  page: PageSpec;
  runs: number;
  /** How long after `load` the page is left alone before it is measured. */
  settleMs: number;
}

export interface Plan {
  mode: 'full' | 'quick';
  extensionCost: ExtensionCostSpec[];
  pages: PageSpec[];
  /** Synthetic catalogue sizes (written forms), besides the real catalogue. */
  syntheticSizes: number[];
  groups: ScanGroup[];
  dynamic: { page: string; blocks: number; runs: number };
  search: { catalogues: string[]; runs: number; queries: string[] };
  /** The recognizer's passes on these pages' texts, in Node (bench/recognizer-cost.ts). */
  recognizer: { pages: string[]; runs: number };
}

const ALL_ENGINES: EngineName[] = ['grant-lens', 'mark.js', 'naive-regex', 'floor-walk', 'floor-fold'];
/** For catalogue sizes: floor A does not depend on the names, floor B stays as the reference. */
const SIZE_ENGINES: EngineName[] = ['grant-lens', 'mark.js', 'naive-regex', 'floor-fold'];
/** mark(array) makes one pass over the page per name: not run with 10,000 names. */
const SIZE_ENGINES_NO_MARKJS: EngineName[] = ['grant-lens', 'naive-regex', 'floor-fold'];
/** What the partner catalogue costs: Grant Lens with and without it, floor B as the reference. */
const PARTNER_COST_ENGINES: EngineName[] = ['grant-lens', 'floor-fold'];

/**
 * What a user types in the popup: Chinese, English, pinyin, initials, typos, traditional;
 * partners by abbreviation, name, prefix and pinyin.
 */
const QUERIES = [
  '重点国际合作',
  '政府间专项',
  'zhongdian',
  'zdgj',
  'intergovernmental',
  'intergovermental',
  'RFIS-II',
  'joint research',
  '組織間合作',
  'DFG',
  '皇家学会',
  '中德',
  'zhongde',
];

export const PAGE_100K: PageSpec = { id: 'notice-100k', label: '100 KB', textBytes: 100_000, withNames: true, seed: 101 };
export const PAGE_1M: PageSpec = { id: 'notice-1m', label: '1 MB', textBytes: 1_000_000, withNames: true, seed: 102 };
export const PAGE_10M: PageSpec = { id: 'notice-10m', label: '10 MB', textBytes: 10_000_000, withNames: true, seed: 103 };
export const PAGE_NONE: PageSpec = { id: 'no-names-1m', label: '1 MB, no names', textBytes: 1_000_000, withNames: false, seed: 104 };
/** Acknowledgements and CV grant lists in English, names as people write them and grant numbers (issue 11). */
export const PAGE_ENGLISH: PageSpec = { id: 'english-1m', label: '1 MB English', textBytes: 1_000_000, withNames: true, seed: 106, kind: 'english' };
/** Engines for the English page: the others match the catalogue's fixed forms only, which it does not use. */
const ENGLISH_ENGINES: EngineName[] = ['grant-lens', 'floor-fold'];

/** Real notices are 10–100 KB; the typical one the issue-12 targets name is about 20 KB. */
export const PAGE_10K: PageSpec = { id: 'notice-10k', label: '10 KB', textBytes: 10_000, withNames: true, seed: 105 };
export const PAGE_20K: PageSpec = { id: 'notice-20k', label: '20 KB (typical notice)', textBytes: 20_000, withNames: true, seed: 106 };

export const SYNTHETIC_SEED = 7;

/** The real programmes without the partner catalogue: the baseline for what partners cost. */
export const PROGRAMMES_ONLY = 'programmes';

/** The longest a single mark.js run may take before it is stopped. */
export const MARKJS_CAP_MS = 120_000;
/**
 * On 10 MB, where mark.js never finishes (over 2 minutes, stopped, in every run so far): a
 * minute shows the same and keeps the full run under 10 minutes with the traced loads.
 */
export const MARKJS_CAP_10MB_MS = 60_000;

export function syntheticLabel(size: number): string {
  return `synthetic-${size}`;
}

export function fullPlan(): Plan {
  return {
    mode: 'full',
    pages: [PAGE_100K, PAGE_1M, PAGE_10M, PAGE_NONE, PAGE_ENGLISH],
    extensionCost: [
      // Fewer runs beside the typical notice (five): the traced loads added with the early
      // highlight rules (bench/extension-cost.ts) must fit in the 10-minute run (599 s with
      // three runs on 10 KB and a 10 s settle on 10 MB).
      { page: PAGE_10K, runs: 2, settleMs: 1_500 },
      { page: PAGE_20K, runs: 5, settleMs: 1_500 },
      { page: PAGE_100K, runs: 3, settleMs: 1_500 },
      { page: PAGE_1M, runs: 2, settleMs: 3_000 },
      // The engine settles 1–3 s after load on 10 MB; 6 s leaves room on a loaded machine.
      { page: PAGE_10M, runs: 1, settleMs: 6_000 },
    ],
    syntheticSizes: [1_000, 10_000],
    groups: [
      { title: '100 KB', page: PAGE_100K.id, catalogue: 'real', engines: ALL_ENGINES, runs: 5 },
      { title: '1 MB', page: PAGE_1M.id, catalogue: 'real', engines: ALL_ENGINES, runs: 5 },
      // mark.js's cost grows with matches × page length (it re-slices the page's text for each
      // match): one run, stopped after a minute (MARKJS_CAP_10MB_MS), said so in the report.
      // Grant Lens is capped too, only to bound the benchmark's runtime.
      { title: '10 MB', page: PAGE_10M.id, catalogue: 'real', engines: ALL_ENGINES, runs: 5, runsFor: { 'mark.js': 1 }, capMsFor: { 'mark.js': MARKJS_CAP_10MB_MS, 'grant-lens': 90_000 } },
      { title: '1 MB, no names', page: PAGE_NONE.id, catalogue: 'real', engines: ALL_ENGINES, runs: 5 },
      // mark(array) makes one pass over the page per name: 1,000 names once, 10,000 not at all.
      { title: '1 MB, 1,000 names', page: PAGE_1M.id, catalogue: syntheticLabel(1_000), engines: SIZE_ENGINES, runs: 5, runsFor: { 'mark.js': 1 }, capMsFor: { 'mark.js': MARKJS_CAP_MS } },
      { title: '1 MB, 10,000 names', page: PAGE_1M.id, catalogue: syntheticLabel(10_000), engines: SIZE_ENGINES_NO_MARKJS, runs: 5 },
      { title: '1 MB, programmes only', page: PAGE_1M.id, catalogue: PROGRAMMES_ONLY, engines: PARTNER_COST_ENGINES, runs: 5 },
      { title: PAGE_ENGLISH.label, page: PAGE_ENGLISH.id, catalogue: 'real', engines: ENGLISH_ENGINES, runs: 5 },
    ],
    dynamic: { page: PAGE_1M.id, blocks: 100, runs: 5 },
    search: { catalogues: ['real', PROGRAMMES_ONLY, syntheticLabel(10_000)], runs: 5, queries: QUERIES },
    recognizer: { pages: [PAGE_1M.id, PAGE_ENGLISH.id], runs: 9 },
  };
}

export function quickPlan(): Plan {
  return {
    mode: 'quick',
    pages: [PAGE_100K, PAGE_1M, PAGE_ENGLISH],
    extensionCost: [
      { page: PAGE_20K, runs: 2, settleMs: 1_500 },
      { page: PAGE_1M, runs: 1, settleMs: 3_000 },
    ],
    syntheticSizes: [10_000],
    groups: [
      { title: '100 KB', page: PAGE_100K.id, catalogue: 'real', engines: ALL_ENGINES, runs: 3 },
      { title: '1 MB', page: PAGE_1M.id, catalogue: 'real', engines: ALL_ENGINES, runs: 3, runsFor: { 'mark.js': 1 }, capMsFor: { 'mark.js': 60_000 } },
      { title: '1 MB, 10,000 names', page: PAGE_1M.id, catalogue: syntheticLabel(10_000), engines: SIZE_ENGINES_NO_MARKJS, runs: 3 },
      { title: '1 MB, programmes only', page: PAGE_1M.id, catalogue: PROGRAMMES_ONLY, engines: PARTNER_COST_ENGINES, runs: 3 },
      { title: PAGE_ENGLISH.label, page: PAGE_ENGLISH.id, catalogue: 'real', engines: ENGLISH_ENGINES, runs: 3 },
    ],
    dynamic: { page: PAGE_1M.id, blocks: 100, runs: 2 },
    search: { catalogues: ['real', PROGRAMMES_ONLY, syntheticLabel(10_000)], runs: 2, queries: QUERIES },
    recognizer: { pages: [PAGE_1M.id, PAGE_ENGLISH.id], runs: 3 },
  };
}
