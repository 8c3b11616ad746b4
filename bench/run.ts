/**
 * `npm run bench` (full; writes bench/results.json and BENCHMARKS.md) and
 * `npm run bench -- --quick` (smoke run; writes bench/out/). Generates the pages and the
 * synthetic catalogues, bundles the page side, then measures every engine in Debian's
 * Chromium, reloading the page before each run. See BENCHMARKS.md for the method.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import partnersFile from '../data/partners.json';
import { bundledCatalogue } from '../core/bundled-catalogue';
import type { PartnersFile } from '../core/partner-schema';
import { bundledPartners } from '../core/bundled-partners';
import type { Entry } from '../core/schema';
import { buildPartnerPinyin, buildPinyinIndex } from '../scripts/gen/search-index';
import type { CatalogueData } from './browser/data';
import type { DynamicResult, SearchResultTimes } from './browser/harness';
import { startSession, type BenchSession } from './browser-session';
import { bundleHarness } from './bundle';
import { bundleSizes } from './bundle-sizes';
import { catalogueForms, type NameForm } from './catalogue-forms';
import { ALL_NOTICE_TEXTS } from './notice-text';
import { generateEnglishPage } from './english-page';
import { assertNoticeTextNamesNothing, generateAppendBlocks, generatePage, pageDocument } from './page-generator';
import { COST_PROBE_JS, COST_PROBE_PATH, measureExtensionCost } from './extension-cost';
import { measureRecognizer } from './recognizer-cost';
import { log } from './log';
import { fullPlan, PROGRAMMES_ONLY, quickPlan, SYNTHETIC_SEED, syntheticLabel, type Plan } from './plan';
import { renderReport } from './report';
import { runScanGroup } from './scan-rounds';
import type { BenchResults, PageInfo, ScanRecord } from './results';
import { syntheticCatalogue } from './synthetic-catalogue';

const ROOT = resolve(import.meta.dirname, '..');


function machine(browserVersion: string, mode: Plan['mode'], loadAtStart: number): BenchResults['machine'] {
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
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
  };
}

/** The partners as the popup has them, whatever the size of the programme catalogue. */
const PARTNERS = {
  file: { version: 1 as const, countries: [...bundledPartners.countries], partners: [...bundledPartners.partners] },
  pinyin: buildPartnerPinyin(bundledPartners),
};

function catalogueData(label: string, entries: Entry[], recognizedPartners?: PartnersFile, withPartners = true): CatalogueData {
  return {
    label,
    entries,
    ...(recognizedPartners && { recognizedPartners }),
    forms: catalogueForms(entries),
    pinyin: buildPinyinIndex(entries),
    ...(withPartners && { partners: PARTNERS }),
  };
}

/**
 * Builds the extension (full runs: the bundle sizes come from it) or only the generated
 * files the page side imports (quick runs, or when the build fails: someone's work in
 * progress costs the bundle sizes, not the benchmark). Returns the build's error, if any.
 */
function build(quick: boolean): string | undefined {
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
  return buildError;
}

/** The real catalogue and the synthetic ones, checked against the notice text. */
function makeCatalogues(plan: Plan): Map<string, CatalogueData> {
  const real = [...bundledCatalogue.entries];
  // The real catalogue as shipped: programmes and partners (partner calls are read in the same scan).
  const catalogues = new Map<string, CatalogueData>([
    ['real', catalogueData('real', real, partnersFile as PartnersFile)],
    // The same programmes without the partner catalogue (neither recognised nor searched): what
    // the partners cost, side by side (issue 10: at most 1.2× on the scan).
    [PROGRAMMES_ONLY, catalogueData(PROGRAMMES_ONLY, real, undefined, false)],
  ]);
  for (const size of plan.syntheticSizes) {
    catalogues.set(syntheticLabel(size), catalogueData(syntheticLabel(size), syntheticCatalogue(real, size, SYNTHETIC_SEED)));
  }
  for (const data of catalogues.values()) assertNoticeTextNamesNothing(data.forms, ALL_NOTICE_TEXTS);
  return catalogues;
}

/** Generates the plan's pages and serves them, with the catalogues, from memory; returns each page's body too. */
function servePages(session: BenchSession, plan: Plan, catalogues: Map<string, CatalogueData>): Array<PageInfo & { bodyHtml: string }> {
  const realForms = catalogues.get('real')!.forms;
  const pages: Array<PageInfo & { bodyHtml: string }> = [];
  for (const spec of plan.pages) {
    const page =
      spec.kind === 'english'
        ? generateEnglishPage({ textBytes: spec.textBytes, seed: spec.seed })
        : generatePage({ textBytes: spec.textBytes, forms: spec.withNames ? realForms : [], seed: spec.seed });
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
      bodyHtml: page.bodyHtml,
    });
    log(`page ${spec.id}: ${page.textBytes} text bytes, ${page.planted.total} names planted`);
  }
  for (const data of catalogues.values()) session.server.routes.set(`/catalogue/${data.label}.json`, JSON.stringify(data));
  return pages;
}

/**
 * The built extension on generated notices (bench/extension-cost.ts): the pages are served
 * without the harness, with only the probe in their <head>. Skipped when there is no build.
 */
async function runExtensionCost(session: BenchSession, plan: Plan, forms: NameForm[]): Promise<BenchResults['extensionCost']> {
  if (!existsSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'))) {
    log('no .output/chrome-mv3: extension cost not measured (run npm run build)');
    return undefined;
  }
  session.server.routes.set(COST_PROBE_PATH, COST_PROBE_JS);
  const pages = plan.extensionCost.map(({ page: spec, runs, settleMs }) => {
    const page = generatePage({ textBytes: spec.textBytes, forms: spec.withNames ? forms : [], seed: spec.seed });
    const path = `/cost/${spec.id}.html`;
    session.server.routes.set(path, pageDocument(page.bodyHtml, spec.label, [], [COST_PROBE_PATH]));
    return { id: spec.id, label: spec.label, textBytes: page.textBytes, path, runs, settleMs };
  });
  return measureExtensionCost(session.server, pages);
}

async function runDynamic(session: BenchSession, plan: Plan, forms: NameForm[]): Promise<BenchResults['dynamic']> {
  const appended = generateAppendBlocks(plan.dynamic.blocks, forms, 105);
  const runs: DynamicResult[] = [];
  for (let run = 0; run < plan.dynamic.runs; run++) {
    await session.open(`/pages/${plan.dynamic.page}.html`);
    const result: DynamicResult = await session.page.evaluate(
      (options) => window.bench!.dynamic(options),
      { catalogue: 'real', blocks: appended.blocks },
    );
    runs.push(result);
    log(`dynamic run ${run + 1}: ${result.ms.toFixed(1)} ms, ${result.initialFound} → ${result.foundAfter}`);
  }
  return { page: plan.dynamic.page, blocks: plan.dynamic.blocks, planted: appended.planted.total, runs };
}

async function runSearch(session: BenchSession, plan: Plan, catalogues: Map<string, CatalogueData>): Promise<BenchResults['search']> {
  const search: BenchResults['search'] = [];
  for (const catalogue of plan.search.catalogues) {
    const runs: SearchResultTimes[] = [];
    for (let run = 0; run < plan.search.runs; run++) {
      await session.open('/bench/blank.html');
      runs.push(await session.page.evaluate((options) => window.bench!.search(options), { catalogue, queries: plan.search.queries }));
    }
    const data = catalogues.get(catalogue)!;
    search.push({ catalogue, entries: data.entries.length, forms: data.forms.length, queries: plan.search.queries, runs });
    log(`search ${catalogue}: ${runs.length} runs`);
  }
  return search;
}

/** Full runs write the committed files; quick runs write into bench/out (ignored by git). */
function writeResults(results: BenchResults): void {
  const quick = results.machine.mode === 'quick';
  const jsonPath = resolve(ROOT, quick ? 'bench/out/results.quick.json' : 'bench/results.json');
  const mdPath = resolve(ROOT, quick ? 'bench/out/BENCHMARKS.quick.md' : 'BENCHMARKS.md');
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(results, null, 1) + '\n');
  writeFileSync(mdPath, renderReport(results));
  log(`wrote ${jsonPath} and ${mdPath} in ${results.totalSeconds} s`);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const plan = quick ? quickPlan() : fullPlan();
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const buildError = build(quick);
  const catalogues = makeCatalogues(plan);
  const session = await startSession(await bundleHarness());
  try {
    const served = servePages(session, plan, catalogues);
    const pages: PageInfo[] = served.map(({ bodyHtml: _, ...info }) => info);
    const scans: ScanRecord[] = [];
    for (const group of plan.groups) scans.push(...(await runScanGroup(session, group)));
    log('recognizer passes, in Node');
    const recognizer = measureRecognizer(
      catalogues.get('real')!.entries,
      served.filter((page) => plan.recognizer.pages.includes(page.id)),
      plan.recognizer.runs,
    );
    const results: BenchResults = {
      machine: machine(session.browserVersion, plan.mode, loadAtStart),
      totalSeconds: 0,
      catalogues: [...catalogues.values()].map((data) => ({ label: data.label, entries: data.entries.length, forms: data.forms.length })),
      pages,
      scans,
      dynamic: await runDynamic(session, plan, catalogues.get('real')!.forms),
      search: await runSearch(session, plan, catalogues),
      extensionCost: await runExtensionCost(session, plan, catalogues.get('real')!.forms),
      recognizer,
      bundles: buildError ? null : bundleSizes(),
      buildError,
    };
    results.totalSeconds = Math.round((Date.now() - started) / 1000);
    writeResults(results);
  } finally {
    await session.close();
  }
}

await main();
