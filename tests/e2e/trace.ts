/**
 * Chromium traces of a page, and what in them is the extension's: the battery's large-page
 * test and the benchmark's extension-cost section (bench/extension-cost.ts) read the same.
 * No test-runner imports, so the benchmark can use it.
 */
import type { Page } from 'playwright-core';

/** One trace event of Chromium's tracing (the fields the battery reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Wall time, µs. */
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

/**
 * Starts Chromium tracing for a page's renderer (task and script events). `stop()` returns
 * the events. Script events carry the URL of the script they run, so work done by the content
 * script (chrome-extension://…/content-scripts/…) can be told from the page's own.
 */
export async function startTrace(page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

export interface ExtensionWork {
  /** Script events (evaluation, function calls) of the extension's scripts. */
  scriptEvents: number;
  /** CPU time of the extension's script events, ms (overlaps merged). */
  scriptCpuMs: number;
  /**
   * Top-level tasks that ran extension script, longest first: CPU and wall ms, and `ownCpuMs`,
   * the CPU of the extension's own script events in it. They differ for the start-up: the
   * content script runs at document_start inside the parser's task, so that task also holds
   * the page's own parsing.
   */
  tasks: { cpuMs: number; wallMs: number; ownCpuMs: number; what: string }[];
}

/** A top-level task of a renderer thread, as Chromium's `toplevel` trace category names it. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * The extension's share of a trace. A task counts as the extension's when it runs any of the
 * extension's script (its own evaluation, timers, observer and event callbacks). Tasks are
 * measured in thread CPU time: on a shared 2-core machine, wall time also counts the minutes
 * other processes held the core.
 */
export function extensionWork(events: TraceEvent[], extensionId: string): ExtensionWork {
  const prefix = `chrome-extension://${extensionId}/`;
  const scripts = events.filter(
    (e) => e.ph === 'X' && (e.args?.data?.url ?? '').startsWith(prefix) && e.dur !== undefined,
  );
  // CPU of script events: merge nested/overlapping events on the same thread.
  let scriptCpuMs = 0;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of scripts) {
    const key = `${e.pid}:${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  for (const list of byThread.values()) scriptCpuMs += mergedCpuMs(list);
  const tasks: ExtensionWork['tasks'] = [];
  for (const task of events) {
    if (!TASK_EVENTS.has(task.name) || task.ph !== 'X' || !task.dur) continue;
    const within = (e: TraceEvent) =>
      e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur!;
    const inside = scripts.filter(within);
    if (inside.length === 0) continue;
    const first = inside[0]!.args!.data!;
    // For failure messages: what the task spent its time on (script, style, layout, GC...).
    const spent = new Map<string, number>();
    for (const e of events) {
      if (e.ph === 'X' && e.dur && e.name !== 'ThreadControllerImpl::RunTask' && within(e)) {
        spent.set(e.name, (spent.get(e.name) ?? 0) + e.dur / 1000);
      }
    }
    const breakdown = [...spent]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}ms`);
    tasks.push({
      cpuMs: (task.tdur ?? task.dur) / 1000,
      wallMs: task.dur / 1000,
      ownCpuMs: mergedCpuMs(inside),
      what: `${inside[0]!.name} ${first.functionName ?? ''}@${first.lineNumber ?? ''}:${first.columnNumber ?? ''} (${breakdown.join(', ')})`,
    });
  }
  tasks.sort((a, b) => b.cpuMs - a.cpuMs);
  return { scriptEvents: scripts.length, scriptCpuMs, tasks };
}

/** CPU ms of events of one thread, nested and overlapping ones counted once. */
function mergedCpuMs(events: readonly TraceEvent[]): number {
  let ms = 0;
  let end = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts >= end) {
      ms += (e.tdur ?? e.dur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    }
  }
  return ms;
}

/**
 * Style recalculations (Chromium's `UpdateLayoutTree`) in the page's renderer after its
 * DOMContentLoaded, longest first, in CPU ms. On a page that runs no script of its own, a long
 * one there is the extension's: adopting or rewriting a `::highlight()` stylesheet restyles the
 * whole document (page/highlight.ts adoptHighlightSheetEarly), and it runs in the next frame,
 * outside any task that runs the extension's script (so `extensionWork` cannot see it).
 */
export function styleRecalcsAfterContentLoaded(events: TraceEvent[]): number[] {
  const loaded = events.filter((e) => e.name === 'MarkDOMContent').sort((a, b) => a.ts - b.ts)[0];
  if (!loaded) throw new Error('the trace has no MarkDOMContent event');
  return events
    .filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.pid === loaded.pid && e.ts > loaded.ts && e.dur)
    .map((e) => (e.tdur ?? e.dur!) / 1000)
    .sort((a, b) => b - a);
}

/**
 * The microtask checkpoints of the page's main thread, longest first, in CPU ms. Promise
 * continuations (an answer from the browser process, say) run there, and a checkpoint's trace
 * event carries no script URL, so `extensionWork` cannot tell whose work it was: on a page that
 * runs no script of its own, the difference with and without the extension is the extension's.
 * The content script keeps its heavy work out of them (core/bundled-recognizer.ts); this shows it does.
 */
export function microtaskCheckpoints(events: TraceEvent[]): number[] {
  const loaded = events.find((e) => e.name === 'MarkDOMContent');
  if (!loaded) throw new Error('the trace has no MarkDOMContent event');
  return events
    .filter((e) => e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ph === 'X' && e.pid === loaded.pid && e.tid === loaded.tid && e.dur)
    .map((e) => (e.tdur ?? e.dur!) / 1000)
    .sort((a, b) => b - a);
}

