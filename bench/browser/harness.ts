/**
 * The benchmark's page side, bundled into one script (bench/bundle.ts) and loaded by every
 * generated page. The Node side (bench/run.ts) calls these through `window.bench` on a freshly
 * loaded page; engines that do not touch the DOM remove their highlights after each scan, so
 * the next one starts from the page as served (mark.js, which rewrites the DOM, gets its own load).
 */
import { createSearch } from '../../core/search';
import { partnerCatalogueOf } from '../../core/partners';
import { loadCatalogue } from './data';
import { floorFold, floorWalk, markJs, naiveRegex, type Engine, type EngineName } from './engines';
import { appendAndWait, grantLens } from './grant-lens';
import { afterNextFrame, watchLongTasks } from './timing';

const ENGINES: Record<EngineName, Engine> = {
  'grant-lens': grantLens,
  'mark.js': markJs,
  'naive-regex': naiveRegex,
  'floor-walk': floorWalk,
  'floor-fold': floorFold,
};

export interface ScanResult {
  engine: EngineName;
  /** Building the engine's matcher (once per page). */
  prepareMs: number;
  /** From the start of the scan to every match found and painted (highlights set or DOM marked). */
  scanMs: number;
  /** The same, up to the end of the next frame after it (style and paint of the result). */
  frameMs: number;
  found: number;
  longTasks: { count: number; maxMs: number; longestFrameMs: number };
  /** Set (by the Node side) when the run hit its time cap and was stopped: scanMs is the cap. */
  stopped?: boolean;
  /**
   * Set (by the Node side) when the engine threw: mark.js with 1,000 names sometimes dies in
   * its own regular expression ("Invalid regular expression … Stack overflow").
   */
  failed?: string;
}

async function scan(options: { engine: EngineName; catalogue: string; profile?: boolean }): Promise<ScanResult> {
  const engine = ENGINES[options.engine];
  const data = await loadCatalogue(options.catalogue);
  const t0 = performance.now();
  const prepared = await engine.prepare(data);
  const prepareMs = performance.now() - t0;
  // The garbage of building a matcher (seconds of allocation with 10,000 names) is not the
  // scan's cost: collect it now (Chromium runs with --js-flags=--expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  // Let the page finish its own first layout and paint before the clock starts.
  await afterNextFrame();
  await afterNextFrame();
  const longTasks = watchLongTasks();
  // bench/profile-scan.ts records exactly the timed part (the CDP profiler answers console.profile).
  if (options.profile) console.profile('scan');
  const start = performance.now();
  const { found, cleanup } = await prepared.scan(document);
  const scanMs = performance.now() - start;
  if (options.profile) console.profileEnd('scan');
  await afterNextFrame();
  const frameMs = performance.now() - start;
  const result = { engine: options.engine, prepareMs, scanMs, frameMs, found, longTasks: await longTasks.stop() };
  // The next engine may run on this same load: leave the page as it was served.
  cleanup?.();
  return result;
}

export interface DynamicResult {
  /** First scan of the page (as in `scan`). */
  initialFound: number;
  /** From appending the blocks to every new mention painted. */
  ms: number;
  foundAfter: number;
}

async function dynamic(options: { catalogue: string; blocks: string[] }): Promise<DynamicResult> {
  const data = await loadCatalogue(options.catalogue);
  return appendAndWait(data, document, options.blocks);
}

export interface SearchResultTimes {
  /** Building the index (once per popup opening). */
  buildMs: number;
  /** One time per keystroke: each query typed one character at a time. */
  keystrokeMs: number[];
}

async function search(options: { catalogue: string; queries: string[] }): Promise<SearchResultTimes> {
  const data = await loadCatalogue(options.catalogue);
  const t0 = performance.now();
  // As the popup builds it (components/bundled-search.ts): default folding, build-time pinyin,
  // the partners beside the programmes.
  const partners = data.partners && { catalogue: partnerCatalogueOf(data.partners.file), pinyin: data.partners.pinyin };
  const index = createSearch({ entries: data.entries }, data.pinyin, partners ? { partners } : {});
  const buildMs = performance.now() - t0;
  const keystrokeMs: number[] = [];
  for (const query of options.queries) {
    for (let length = 1; length <= query.length; length++) {
      const typed = query.slice(0, length);
      const start = performance.now();
      index.search(typed);
      keystrokeMs.push(performance.now() - start);
    }
  }
  return { buildMs, keystrokeMs };
}

const api = { scan, dynamic, search };
export type BenchApi = typeof api;

declare global {
  interface Window {
    bench?: BenchApi;
  }
}
window.bench = api;
