/**
 * Runs one group of scans (one page, one catalogue, several engines) in interleaved rounds,
 * each run on a page as served, and stops runs that pass their time cap.
 */
import type { EngineName } from './browser/engines';
import type { ScanResult } from './browser/harness';
import type { BenchSession } from './browser-session';
import { log } from './log';
import type { ScanGroup } from './plan';
import type { ScanRecord } from './results';

/** One scan; past `capMs` the browser is restarted and the run reported as stopped. */
async function scanWithCap(session: BenchSession, engine: EngineName, catalogue: string, capMs?: number): Promise<ScanResult> {
  const none = { count: 0, maxMs: 0, longestFrameMs: 0 };
  // An engine that throws fails its run, not the whole benchmark.
  const scan = session.page.evaluate((options) => window.bench!.scan(options), { engine, catalogue }).catch(
    (error: unknown): ScanResult => ({
      engine,
      prepareMs: Number.NaN,
      scanMs: Number.NaN,
      frameMs: Number.NaN,
      found: Number.NaN,
      longTasks: none,
      failed: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120),
    }),
  );
  if (capMs === undefined) return scan;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
  const first = await Promise.race([scan, cap]);
  clearTimeout(timer);
  if (first !== 'cap') return first;
  // Catch first: killing the browser rejects the pending evaluate.
  scan.catch(() => undefined);
  await session.restart();
  return { engine, prepareMs: Number.NaN, scanMs: capMs, frameMs: Number.NaN, found: Number.NaN, longTasks: none, stopped: true };
}

/**
 * Each round loads the page once for the engines that leave the DOM as they found it (they
 * take turns, in an order rotated every round, and clean up after themselves), and once more
 * for mark.js, which wraps every match in <mark>. Rounds interleave the engines, so a noisy
 * moment on the shared machine hits all of them.
 */
export async function runScanGroup(session: BenchSession, group: ScanGroup): Promise<ScanRecord[]> {
  const records = new Map<string, ScanRecord>();
  for (const engine of group.engines) records.set(engine, { group: group.title, page: group.page, catalogue: group.catalogue, engine, runs: [] });
  const runsOf = (engine: EngineName): number => group.runsFor?.[engine] ?? group.runs;
  /** Runs and records one scan; true when it was stopped at its cap. */
  const measure = async (engine: EngineName, round: number): Promise<boolean> => {
    const result = await scanWithCap(session, engine, group.catalogue, group.capMsFor?.[engine]);
    records.get(engine)!.runs.push(result);
    log(`${group.title} ${engine} run ${round + 1}: ${result.failed ? `failed: ${result.failed}` : `${result.stopped ? 'stopped at ' : ''}${result.scanMs.toFixed(1)} ms, found ${result.found}`}`);
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

