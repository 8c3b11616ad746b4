/**
 * `npm run bench` (full; writes bench/results.json and BENCHMARKS.md) and
 * `npm run bench -- --quick` (smoke run; writes bench/out/). Generates the pages and the
 * synthetic catalogues, bundles the page side, then measures every engine in Debian's
 * Chromium, reloading the page before each run. See BENCHMARKS.md for the method.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledCatalogue } from '../core/bundled-catalogue';
import type { Entry } from '../core/schema';
import { buildPinyinIndex } from '../scripts/gen/search-index';
import type { CatalogueData } from './browser/data';
import type { EngineName } from './browser/engines';
import type { DynamicResult, ScanResult, SearchResultTimes } from './browser/harness';
import { startSession, type BenchSession } from './browser-session';
import { bundleHarness } from './bundle';
import { bundleSizes } from './bundle-sizes';
import { catalogueForms } from './catalogue-forms';
import { ALL_NOTICE_TEXTS } from './notice-text';
import { assertNoticeTextNamesNothing, generateAppendBlocks, generatePage, pageDocument } from './page-generator';
import { fullPlan, quickPlan, SYNTHETIC_SEED, syntheticLabel, type Plan, type ScanGroup } from './plan';
import { renderReport } from './report';
import type { BenchResults, PageInfo, ScanRecord } from './results';
import { syntheticCatalogue } from './synthetic-catalogue';

const ROOT = resolve(import.meta.dirname, '..');

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function machine(browserVersion: string, mode: Plan['mode']): BenchResults['machine'] {
  const cpuModel = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const pkg = (name: string): string =>
    (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    date: new Date().toISOString(),
    mode,
    nproc: cpus().length,
    cpu: cpuModel.trim(),
    chromium: browserVersion,
    node: process.version,
    markjs: pkg('mark.js'),
    playwright: pkg('playwright-core'),
  };
}

function catalogueData(label: string, entries: Entry[]): CatalogueData {
  return { label, entries, forms: catalogueForms(entries), pinyin: buildPinyinIndex(entries) };
}

/** One scan; past `capMs` the page's script is terminated and the run reported as stopped. */
async function scanWithCap(session: BenchSession, engine: EngineName, catalogue: string, capMs?: number): Promise<ScanResult> {
  const scan = session.page.evaluate((options) => window.bench!.scan(options), { engine, catalogue });
  if (capMs === undefined) return scan;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
  const first = await Promise.race([scan, cap]);
  clearTimeout(timer);
  if (first !== 'cap') return first;
  // Catch first: killing the browser rejects the pending evaluate.
  scan.catch(() => undefined);
  await session.restart();
  const none = { count: 0, maxMs: 0, longestFrameMs: 0 };
  return { engine, prepareMs: Number.NaN, scanMs: capMs, frameMs: Number.NaN, found: Number.NaN, longTasks: none, stopped: true };
}

/**
 * Each round loads the page once for the engines that leave the DOM as they found it (they
 * take turns, in an order rotated every round, and clean up after themselves), and once more
 * for mark.js, which wraps every match in <mark>. Rounds interleave the engines, so a noisy
 * moment on the shared machine hits all of them.
 */
async function runScanGroup(session: BenchSession, group: ScanGroup): Promise<ScanRecord[]> {
  const records = new Map<string, ScanRecord>();
  for (const engine of group.engines) records.set(engine, { group: group.title, page: group.page, catalogue: group.catalogue, engine, runs: [] });
  const runsOf = (engine: EngineName): number => group.runsFor?.[engine] ?? group.runs;
  /** Runs and records one scan; true when it was stopped at its cap. */
  const measure = async (engine: EngineName, round: number): Promise<boolean> => {
    const result = await scanWithCap(session, engine, group.catalogue, group.capMsFor?.[engine]);
    records.get(engine)!.runs.push(result);
    log(`${group.title} ${engine} run ${round + 1}: ${result.stopped ? 'stopped at ' : ''}${result.scanMs.toFixed(1)} ms, found ${result.found}`);
    return result.stopped === true;
  };
  const clean = group.engines.filter((engine) => engine !== 'mark.js');
  for (let round = 0; round < group.runs; round++) {
    const turn = [...clean.slice(round % clean.length), ...clean.slice(0, round % clean.length)].filter((e) => round < runsOf(e));
    if (turn.length > 0) {
      await session.open(`/pages/${group.page}.html`);
      for (const [index, engine] of turn.entries()) {
        const stopped = await measure(engine, round);
        // A stopped run restarted the browser: the others need the page again.
        if (stopped && index < turn.length - 1) await session.open(`/pages/${group.page}.html`);
      }
    }
    if (group.engines.includes('mark.js') && round < runsOf('mark.js')) {
      await session.open(`/pages/${group.page}.html`);
      await measure('mark.js', round);
    }
  }
  return [...records.values()];
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const plan = quick ? quickPlan() : fullPlan();
  const started = Date.now();

  // The page side imports core/generated (fold table); the full run also measures the build.
  // A failing build (someone's work in progress) costs the bundle sizes, not the benchmark.
  let buildError: string | undefined;
  if (!quick) {
    log('npm run build (bundle sizes are read from it)');
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      buildError = String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n').slice(-5).join(' / ');
      log(`npm run build failed, bundle sizes not measured: ${buildError}`);
    }
  }
  if (quick || buildError) {
    log('npm run generate');
    execFileSync('npm', ['run', 'generate'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const real = [...bundledCatalogue.entries];
  const catalogues = new Map<string, CatalogueData>([['real', catalogueData('real', real)]]);
  for (const size of plan.syntheticSizes) {
    catalogues.set(syntheticLabel(size), catalogueData(syntheticLabel(size), syntheticCatalogue(real, size, SYNTHETIC_SEED)));
  }
  for (const data of catalogues.values()) assertNoticeTextNamesNothing(data.forms, ALL_NOTICE_TEXTS);

  const realForms = catalogues.get('real')!.forms;
  const pages: PageInfo[] = [];
  const session = await startSession(await bundleHarness());
  try {
    for (const spec of plan.pages) {
      const page = generatePage({ textBytes: spec.textBytes, forms: spec.withNames ? realForms : [], seed: spec.seed });
      const html = pageDocument(page.bodyHtml, spec.label, ['/bench/mark.min.js', '/bench/harness.js']);
      session.server.routes.set(`/pages/${spec.id}.html`, html);
      pages.push({
        id: spec.id,
        label: spec.label,
        textBytes: page.textBytes,
        textChars: page.textChars,
        htmlBytes: Buffer.byteLength(html),
        blocks: page.blocks,
        planted: page.planted.total,
        plantedByVariant: page.planted.byVariant,
      });
      log(`page ${spec.id}: ${page.textBytes} text bytes, ${page.planted.total} names planted`);
    }
    for (const data of catalogues.values()) session.server.routes.set(`/catalogue/${data.label}.json`, JSON.stringify(data));

    const scans: ScanRecord[] = [];
    for (const group of plan.groups) scans.push(...(await runScanGroup(session, group)));

    const appended = generateAppendBlocks(plan.dynamic.blocks, realForms, 105);
    const dynamicRuns: DynamicResult[] = [];
    for (let run = 0; run < plan.dynamic.runs; run++) {
      await session.open(`/pages/${plan.dynamic.page}.html`);
      const result: DynamicResult = await session.page.evaluate(
        (options) => window.bench!.dynamic(options),
        { catalogue: 'real', blocks: appended.blocks },
      );
      dynamicRuns.push(result);
      log(`dynamic run ${run + 1}: ${result.ms.toFixed(1)} ms, ${result.initialFound} → ${result.foundAfter}`);
    }

    const search: BenchResults['search'] = [];
    for (const catalogue of plan.search.catalogues) {
      const runs: SearchResultTimes[] = [];
      for (let run = 0; run < plan.search.runs; run++) {
        await session.open('/bench/blank.html');
        runs.push(await session.page.evaluate((options) => window.bench!.search(options), { catalogue, queries: plan.search.queries }));
      }
      search.push({ catalogue, entries: catalogues.get(catalogue)!.entries.length, forms: catalogues.get(catalogue)!.forms.length, queries: plan.search.queries, runs });
      log(`search ${catalogue}: ${runs.length} runs`);
    }

    const results: BenchResults = {
      machine: machine(session.browserVersion, plan.mode),
      totalSeconds: 0,
      catalogues: [...catalogues.values()].map((data) => ({ label: data.label, entries: data.entries.length, forms: data.forms.length })),
      pages,
      scans,
      dynamic: { page: plan.dynamic.page, blocks: plan.dynamic.blocks, planted: appended.planted.total, runs: dynamicRuns },
      search,
      bundles: buildError ? null : bundleSizes(),
      buildError,
    };
    results.totalSeconds = Math.round((Date.now() - started) / 1000);

    const outDir = quick ? resolve(ROOT, 'bench/out') : ROOT;
    mkdirSync(outDir, { recursive: true });
    const jsonPath = quick ? resolve(outDir, 'results.quick.json') : resolve(ROOT, 'bench/results.json');
    const mdPath = quick ? resolve(outDir, 'BENCHMARKS.quick.md') : resolve(ROOT, 'BENCHMARKS.md');
    writeFileSync(jsonPath, JSON.stringify(results, null, 1) + '\n');
    writeFileSync(mdPath, renderReport(results));
    log(`wrote ${jsonPath} and ${mdPath} in ${results.totalSeconds} s`);
  } finally {
    await session.close();
  }
}

await main();
