/**
 * Runs resumable work in short time slices so the page stays responsive: each slice runs
 * `step()`s until the budget (~8 ms) is spent, then yields to the event loop. A step must be
 * small (one node, one 32 K-character chunk), so no task comes near 50 ms, even on a 10 MB page.
 */

/**
 * Resumable work. `step()` does a little and returns its cost in units of about one DOM node
 * (a recognizer chunk costs more), or 0 when the job is finished.
 */
export interface SlicedJob {
  step(): number;
  /** Called once after the last step. */
  finish?(): void;
}

export interface SliceScheduler {
  /** Queues a job behind the others (jobs run one after another, in order). */
  enqueue(job: SlicedJob): void;
  /** Runs `fn` after `delayMs`, through the same timers, cancelled by dispose. */
  later(fn: () => void, delayMs: number): void;
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>;
  readonly busy: boolean;
  dispose(): void;
}

/** Work units between clock reads: reading the clock costs more than one small step. */
export const UNITS_PER_CLOCK_CHECK = 32;

export function createSliceScheduler(options: {
  budgetMs?: number;
  now?: () => number;
} = {}): SliceScheduler {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const queue: SlicedJob[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let waiters: (() => void)[] = [];
  let sliceQueued = false;
  let disposed = false;

  function timeout(fn: () => void, ms: number): void {
    const id = setTimeout(() => {
      timers.delete(id);
      if (!disposed) fn();
    }, ms);
    timers.add(id);
  }

  function queueSlice(): void {
    if (sliceQueued || disposed) return;
    sliceQueued = true;
    // setTimeout rather than requestIdleCallback: idle callbacks can starve for seconds on
    // busy pages and in background tabs, and highlights should appear promptly.
    timeout(runSlice, 0);
  }

  function runSlice(): void {
    sliceQueued = false;
    const deadline = now() + budget;
    let units = 0;
    while (queue.length > 0) {
      const job = queue[0]!;
      const cost = job.step();
      if (cost === 0) {
        queue.shift();
        job.finish?.();
        if (disposed) return;
      }
      units += Math.max(cost, 1);
      if (units >= UNITS_PER_CLOCK_CHECK) {
        units = 0;
        if (now() >= deadline) break;
      }
    }
    if (queue.length > 0) queueSlice();
    else {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  }

  return {
    enqueue(job) {
      if (disposed) return;
      queue.push(job);
      queueSlice();
    },
    later(fn, delayMs) {
      if (!disposed) timeout(fn, delayMs);
    },
    idle() {
      if (queue.length === 0 && !sliceQueued) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    get busy() {
      return queue.length > 0;
    },
    dispose() {
      disposed = true;
      queue.length = 0;
      for (const id of timers) clearTimeout(id);
      timers.clear();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}
