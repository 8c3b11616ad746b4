/**
 * What the built extension costs a page (issue 12), measured as a user meets it: the same
 * generated notice page served twice in one Chromium with the extension loaded, once under a
 * portal host (the content script runs) and once under a plain host (it does not), the two
 * alternating run by run. The difference is the extension's share: main-thread script time and
 * style/layout time (CDP `Performance.getMetrics`), the page's long tasks (a `longtask` observer
 * the page starts in its <head>), the JavaScript heap after a collection (CDP
 * `Runtime.getHeapUsage`: the whole renderer isolate, so the difference is the content script's
 * isolated world and what it keeps), and when the first highlight appeared.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, type PageServer } from '../tests/e2e/harness';
import { extensionWork, microtaskCheckpoints, startTrace, styleRecalcsAfterContentLoaded } from '../tests/e2e/trace';
import { log } from './log';
import type { ExtensionCostRecord, ExtensionCostSample, ExtensionCostTrace } from './results';

/** A host the content script runs on (a default portal) and one it does not. */
const PORTAL_HOST = 'www.nsfc.gov.cn';
const PLAIN_HOST = 'plain.bench.test';

/** Runs in the page's <head> before any content: records long tasks and the first highlight. */
export const COST_PROBE_JS = `
window.__cost = { tasks: [], firstHighlight: null };
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cost.tasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });
(function poll(started) {
  if (CSS.highlights.size > 0) { window.__cost.firstHighlight = performance.now(); return; }
  if (performance.now() - started < 20000) requestAnimationFrame(() => poll(started));
})(performance.now());
`;
export const COST_PROBE_PATH = '/bench/cost-probe.js';

export interface ExtensionCostPage {
  id: string;
  label: string;
  textBytes: number;
  path: string;
  runs: number;
  /** How long after `load` the page is left alone before it is measured (the engine settles). */
  settleMs: number;
}

interface Probe {
  tasks: number[];
  firstHighlight: number | null;
  domContentLoaded: number;
  painted: number;
}

async function metric(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function measureOnce(browser: ExtensionBrowser, url: string, settleMs: number): Promise<ExtensionCostSample> {
  const page: Page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await metric(cdp);
    const heap = await cdp.send('Runtime.getHeapUsage');
    const probe: Probe = await page.evaluate(() => {
      const cost = (window as unknown as { __cost: { tasks: number[]; firstHighlight: number | null } }).__cost;
      const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        tasks: cost.tasks,
        firstHighlight: cost.firstHighlight,
        domContentLoaded: timing?.domContentLoadedEventEnd ?? 0,
        painted: CSS.highlights.get('grant-lens')?.size ?? 0,
      };
    });
    return {
      scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
      styleLayoutMs: ((metrics.RecalcStyleDuration ?? 0) + (metrics.LayoutDuration ?? 0)) * 1000,
      taskMs: (metrics.TaskDuration ?? 0) * 1000,
      heapBytes: heap.usedSize,
      longTasks: probe.tasks.length,
      longestTaskMs: Math.max(0, ...probe.tasks),
      firstHighlightMs: probe.firstHighlight === null ? null : probe.firstHighlight - probe.domContentLoaded,
      painted: probe.painted,
    };
  } finally {
    await page.close();
  }
}

/**
 * One load of `url` under a Chromium trace: the longest style recalculation after
 * DOMContentLoaded and, with the extension, its tasks (those that ran its script), in CPU ms.
 * Apart from the timed loads: tracing slows the page down.
 */
async function traceOnce(browser: ExtensionBrowser, url: string, settleMs: number) {
  const page: Page = await browser.context.newPage();
  try {
    const trace = await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await page.waitForTimeout(settleMs);
    const events = await trace.stop();
    const tasks = extensionWork(events, browser.extensionId).tasks;
    const startUp = tasks.filter((t) => t.what.startsWith('EvaluateScript'));
    return {
      startUpTaskMs: Math.max(0, ...startUp.map((t) => t.cpuMs)),
      longestOtherTaskMs: Math.max(0, ...tasks.filter((t) => !startUp.includes(t)).map((t) => t.cpuMs)),
      restyleMs: styleRecalcsAfterContentLoaded(events)[0] ?? 0,
      microtasksMs: microtaskCheckpoints(events)[0] ?? 0,
    };
  } finally {
    await page.close();
  }
}

async function tracedLoads(browser: ExtensionBrowser, spec: ExtensionCostPage): Promise<ExtensionCostTrace> {
  const traced = await traceOnce(browser, `http://${PORTAL_HOST}${spec.path}`, spec.settleMs);
  const plain = await traceOnce(browser, `http://${PLAIN_HOST}${spec.path}`, spec.settleMs);
  return {
    startUpTaskMs: traced.startUpTaskMs,
    longestOtherTaskMs: traced.longestOtherTaskMs,
    restyleAfterLoadMs: traced.restyleMs,
    restyleAfterLoadWithoutMs: plain.restyleMs,
    microtasksMs: traced.microtasksMs,
    microtasksWithoutMs: plain.microtasksMs,
  };
}

/**
 * Measures each page `runs` times with and without the content script, alternating which goes
 * first. Needs the Chromium build in .output/chrome-mv3 (a full run builds it first).
 */
export async function measureExtensionCost(server: PageServer, pages: readonly ExtensionCostPage[]): Promise<ExtensionCostRecord[]> {
  const browser = await launchWithExtension({ port: server.port, hosts: [PORTAL_HOST, PLAIN_HOST] });
  const records: ExtensionCostRecord[] = [];
  try {
    // A first visit warms the browser's caches (fonts, the extension's files) for both hosts.
    if (pages[0]) {
      await measureOnce(browser, `http://${PORTAL_HOST}${pages[0].path}`, 500);
      await measureOnce(browser, `http://${PLAIN_HOST}${pages[0].path}`, 500);
    }
    for (const spec of pages) {
      const record: ExtensionCostRecord = { page: spec.id, label: spec.label, textBytes: spec.textBytes, with: [], without: [] };
      for (let run = 0; run < spec.runs; run++) {
        const order = run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const side of order) {
          const host = side === 'with' ? PORTAL_HOST : PLAIN_HOST;
          record[side].push(await measureOnce(browser, `http://${host}${spec.path}`, spec.settleMs));
        }
        const w = record.with.at(-1)!;
        const wo = record.without.at(-1)!;
        log(
          `extension cost ${spec.id} run ${run + 1}: script ${(w.scriptMs - wo.scriptMs).toFixed(1)} ms, ` +
            `longest task ${w.longestTaskMs.toFixed(0)} ms (without ${wo.longestTaskMs.toFixed(0)}), ${w.painted} painted`,
        );
      }
      record.trace = await tracedLoads(browser, spec);
      log(
        `extension cost ${spec.id} traced: start-up task ${record.trace.startUpTaskMs.toFixed(0)} ms, longest other ` +
          `${record.trace.longestOtherTaskMs.toFixed(0)} ms, restyle after DOMContentLoaded ${record.trace.restyleAfterLoadMs.toFixed(0)} ms ` +
          `(without ${record.trace.restyleAfterLoadWithoutMs.toFixed(0)} ms)`,
      );
      records.push(record);
    }
  } finally {
    await browser.close();
  }
  return records;
}
