/**
 * Battery: a 10 MB text page stays responsive. Every mention is found (exact count) and those
 * on screen are painted, at the top and after jumping to the end; and no task that runs the
 * extension's script takes over 50 ms (one known exception: the script's own start-up, bounded
 * apart, see START_UP_MS). Tasks are attributed from a Chromium trace of the page
 * (each script event names its script's URL), not guessed from timing, and measured in the
 * main thread's CPU time so other processes on a busy 2-core machine do not count. The page's
 * own parsing and layout run no extension script, so they are not counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, type PageServer } from './harness';
import {
  endBatterySession,
  startBatterySession,
  HIGHLIGHT_NAMES,
  PORTAL_HOST,
  extensionWork,
  type ExtensionWork,
  highlightedTexts,
  mentionTotals,
  portalUrl,
  recordReportedTotals,
  reportedTotal,
  startTrace,
  styleRecalcsAfterContentLoaded,
} from './battery-support';

/** The longest task the extension may cause (RAIL's "long task"). */
const LONG_TASK_MS = 50;
/**
 * KNOWN EXCEPTION, the one task allowed over LONG_TASK_MS: evaluating the content script at
 * start-up. Until issue 12 it validated the bundled catalogue, built two 64 K fold tables and
 * compiled the automaton (48–100 ms of CPU here, allowance 150 ms). Now it compiles and runs the
 * script's top level and adopts the highlight rules; the recognizer is unpacked from data the
 * build compiled, later, in the engine's time slices (docs/architecture.md, «Start-up from
 * compiled data»), so its tasks are held to LONG_TASK_MS like the scan's. (Until 2 December it
 * was unpacked in one piece in the microtask checkpoint after the settings' answer, which carries
 * no script URL: this test could not see it.) Measured as the script's own CPU in that task (it
 * is the parser's task at document_start): 48.6 and 49.6 ms on this machine at load average 5.6,
 * 55 ms at 4.5 with the data as one JSON string. It does not grow with the page; this bound
 * catches it growing.
 */
const START_UP_MS = 80;

/**
 * About 10 MB of notice-like paragraphs; every 40th names a programme (three names in turn).
 * Returns the page and the mentions it holds.
 */
function tenMegabytePage(): { html: string; mentions: string[] } {
  const filler = '这是一段用于压力测试的普通文字，内容与任何资助类别都没有关系，只是为了让页面足够大。';
  const names = [
    '外国青年学者研究基金项目',
    'Research Fund for International Senior Scientists',
    '重点国际（地区）合作研究项目',
  ];
  const parts = ['<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>10 MB</title></head><body>\n'];
  const mentions: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 10 * 1024 * 1024; i++) {
    let p = `<p>${filler}${filler}`;
    if (i % 40 === 0) {
      const name = names[mentions.length % names.length]!;
      p += ` ${name} `;
      mentions.push(name);
    }
    p += `${filler}</p>\n`;
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  parts.push('</body></html>\n');
  return { html: parts.join(''), mentions };
}

/** Main world: whether the last paragraph that names a programme has its mention painted. */
function lastParagraphPainted(name: string): boolean {
  const paragraphs = document.querySelectorAll('p');
  let last: Element | null = null;
  for (let i = paragraphs.length - 1; i >= 0 && !last; i--) {
    if (/基金项目|Scientists|合作研究项目/.test(paragraphs[i]!.textContent ?? '')) last = paragraphs[i]!;
  }
  for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
    if (last && last.contains(r.startContainer)) return true;
  }
  return false;
}

describe('battery: a 10 MB page', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => ({ server, browser } = await startBatterySession()));
  afterAll(() => endBatterySession(server, browser));

  it('a 10 MB page: every mention found, no long task from the extension', async () => {
    const { html, mentions } = tenMegabytePage();
    server.routes.set('/battery/ten-megabytes.html', html);
    const url = portalUrl(server.port, '/battery/ten-megabytes.html');
    const page = await browser.context.newPage();
    const trace = await startTrace(page);
    let work: ExtensionWork;
    let restyles: number[];
    try {
      await recordReportedTotals(browser.serviceWorker);
      await page.goto(url, { timeout: 90_000 });
      // Every mention is found (the engine paints only those within a few screens of the
      // viewport; its count covers the page). Waited for through the content script's own
      // reports, so the trace holds only work it did by itself.
      await expect
        .poll(() => reportedTotal(browser.serviceWorker, url), { timeout: 90_000, interval: 1_000 })
        .toBe(mentions.length);
      // ... and those on screen are painted, at the top and after a jump to the end.
      const onScreen = await highlightedTexts(page);
      expect(onScreen.length).toBeGreaterThan(0);
      for (const text of onScreen) expect(mentions).toContain(text);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await expect
        .poll(() => page.evaluate(lastParagraphPainted, HIGHLIGHT_NAMES.mention), { timeout: 30_000 })
        .toBe(true);
    } finally {
      const events = await trace.stop();
      work = extensionWork(events, browser.extensionId);
      restyles = styleRecalcsAfterContentLoaded(events);
    }
    // The popup's question (its list is in document order) gets the same total.
    expect(await mentionTotals(browser.serviceWorker, url)).toEqual({ total: mentions.length, distinct: 3 });
    await page.close();

    // The trace saw the extension at work (its evaluation and its scan slices)...
    expect(work.scriptEvents).toBeGreaterThan(10);
    expect(work.tasks.length).toBeGreaterThan(10);
    // ... and none of its tasks was long, apart from evaluating the script itself (see
    // START_UP_MS), which every page pays once whatever its size.
    const startUp = work.tasks.filter((t) => t.what.startsWith('EvaluateScript'));
    const long = work.tasks.filter((t) => t.cpuMs > LONG_TASK_MS && !startUp.includes(t));
    expect(long, `longest: ${JSON.stringify(work.tasks.slice(0, 3))}`).toEqual([]);
    // No whole-page restyle either: the highlight rules went in before the page had content
    // (page/highlight.ts adoptHighlightSheetEarly). Adopted after the scan, as before issue 12,
    // they restyled this page in one 0.6–1 s frame.
    expect(restyles[0] ?? 0, `style recalculations after DOMContentLoaded: ${restyles.slice(0, 3).join(', ')} ms`).toBeLessThan(LONG_TASK_MS);
    expect(startUp.length).toBeGreaterThan(0);
    // The script's own CPU in it: at document_start the task is the parser's, with the page's parsing.
    for (const task of startUp) expect(task.ownCpuMs, task.what).toBeLessThan(START_UP_MS);
    console.log(`start-up: ${startUp.map((t) => `${t.ownCpuMs.toFixed(1)} ms own of ${t.cpuMs.toFixed(1)} ms`).join(', ')}; longest other: ${long[0]?.cpuMs ?? work.tasks.find((t) => !startUp.includes(t))?.cpuMs} ms`);
  }, 180_000);

});
