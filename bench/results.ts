/** The shape of bench/results.json: raw runs, so any figure in BENCHMARKS.md can be rechecked. */
import type { DynamicResult, ScanResult, SearchResultTimes } from './browser/harness';
import type { EngineName } from './browser/engines';
import type { BundleSize } from './bundle-sizes';
import type { RecognizerCostRecord } from './recognizer-cost';

export interface PageInfo {
  id: string;
  label: string;
  /** Visible text, UTF-8 bytes (the "100 KB / 1 MB / 10 MB" of the page names). */
  textBytes: number;
  textChars: number;
  htmlBytes: number;
  blocks: number;
  /** Names the generator planted: the expected number of mentions. */
  planted: number;
  plantedByVariant: Record<string, number>;
}

export interface ScanRecord {
  group: string;
  page: string;
  catalogue: string;
  engine: EngineName;
  runs: ScanResult[];
}

/** One load of a page, with or without the content script (bench/extension-cost.ts). */
export interface ExtensionCostSample {
  /** Main-thread script time of the whole load, all worlds (CDP ScriptDuration). */
  scriptMs: number;
  /** Style recalculation plus layout (CDP RecalcStyleDuration + LayoutDuration). */
  styleLayoutMs: number;
  taskMs: number;
  /** JavaScript heap of the renderer after a collection (CDP Runtime.getHeapUsage). */
  heapBytes: number;
  longTasks: number;
  longestTaskMs: number;
  /** First highlight after DOMContentLoaded; null when none appeared (always, without). */
  firstHighlightMs: number | null;
  /** Ranges in the mention highlight when measured (painted near the viewport only). */
  painted: number;
}

/** One traced load (bench/extension-cost.ts): what in it is the extension's, in CPU ms. */
export interface ExtensionCostTrace {
  /** The task that evaluated the content script (its start-up). */
  startUpTaskMs: number;
  /** The longest other task that ran the extension's script. */
  longestOtherTaskMs: number;
  /** The longest style recalculation after DOMContentLoaded, with and without the extension. */
  restyleAfterLoadMs: number;
  restyleAfterLoadWithoutMs: number;
  /** The longest microtask checkpoint (work no script URL names), with and without the extension. */
  microtasksMs?: number;
  microtasksWithoutMs?: number;
}

export interface ExtensionCostRecord {
  page: string;
  label: string;
  textBytes: number;
  with: ExtensionCostSample[];
  without: ExtensionCostSample[];
  /** Absent in results from before the highlight rules moved to document_start. */
  trace?: ExtensionCostTrace;
}

export interface BenchResults {
  machine: {
    date: string;
    mode: 'full' | 'quick';
    nproc: number;
    cpu: string;
    chromium: string;
    node: string;
    markjs: string;
    playwright: string;
    /** 1-minute load average when the run started and ended (others share the machine). */
    loadAverage?: { start: number; end: number };
  };
  totalSeconds: number;
  catalogues: { label: string; entries: number; forms: number }[];
  pages: PageInfo[];
  scans: ScanRecord[];
  dynamic: { page: string; blocks: number; planted: number; runs: DynamicResult[] };
  search: { catalogue: string; entries: number; forms: number; queries: string[]; runs: SearchResultTimes[] }[];
  /** The built extension on a page, with and without its content script (absent in older results). */
  extensionCost?: ExtensionCostRecord[];
  /** The recognizer's passes on page texts, in Node (absent in results from before issue 11). */
  recognizer?: RecognizerCostRecord[];
  /** Null when there was no build to measure (quick runs do not build). */
  bundles: BundleSize[] | null;
  /** Why the full run could not build (then `bundles` is null). */
  buildError?: string;
}
