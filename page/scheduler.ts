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

/** Queues a function as a new task; `close` drops what is queued. */
export interface TaskYielder {
  (fn: () => void): void;
  /** Drops what is queued and releases the channel. */
  close(): void;
}

/**
 * Runs `fn` as a new task, as soon as the event loop gets to it. A MessageChannel message, not
 * `setTimeout(fn, 0)`: browsers clamp nested timeouts to 4 ms from the fifth level on (HTML,
 * «Timers»), so each slice of a long scan could wait 4 ms for nothing (issue 12: a fifth of a
 * 1 MB scan's profile was idle on the loaded machine; on a quiet one the bench difference was
 * within its noise). Input and rendering still run
 * between slices: a message is a task like a timeout. Falls back to setTimeout where there is
 * no MessageChannel.
 */
export function taskYielder(): TaskYielder {
  if (typeof MessageChannel !== 'function') return Object.assign((fn: () => void) => void setTimeout(fn, 0), { close() {} });
  const channel = new MessageChannel();
  let pending: (() => void)[] = [];
  channel.port1.onmessage = () => pending.shift()?.();
  return Object.assign(
    (fn: () => void) => {
      pending.push(fn);
      channel.port2.postMessage(null);
    },
    {
      close() {
        pending = [];
        channel.port1.close();
      },
    },
  );
}

export function createSliceScheduler(options: {
  budgetMs?: number;
  now?: () => number;
  /** How a slice is queued as a new task (tests may pass their own). */
  yieldTask?: TaskYielder;
} = {}): SliceScheduler {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldTask = options.yieldTask ?? taskYielder();
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
    // A task rather than requestIdleCallback: idle callbacks can starve for seconds on busy
    // pages and in background tabs, and highlights should appear promptly.
    yieldTask(runSlice);
  }

  function runSlice(): void {
    sliceQueued = false;
    if (disposed) return;
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
      // Disposed: a queued slice will never run, so nothing is left to wait for.
      if (disposed || (queue.length === 0 && !sliceQueued)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    get busy() {
      return queue.length > 0;
    },
    dispose() {
      disposed = true;
      yieldTask.close();
      queue.length = 0;
      for (const id of timers) clearTimeout(id);
      timers.clear();
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}
