/** Clocks for the page side of the benchmark. */

/** Resolves after the next frame has been produced (rAF, then the task after it). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface LongTaskWatch {
  /** Stops watching; the long tasks (≥ 50 ms, the browser's threshold) seen meanwhile. */
  stop(): Promise<{ count: number; maxMs: number }>;
}

/** Watches the browser's own 'longtask' entries from now on. */
export function watchLongTasks(): LongTaskWatch {
  const since = performance.now();
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= since) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    async stop() {
      // Entries are delivered asynchronously, after the task that produced them.
      await afterNextFrame();
      for (const entry of observer.takeRecords()) if (entry.startTime >= since) durations.push(entry.duration);
      observer.disconnect();
      return { count: durations.length, maxMs: durations.length ? Math.max(...durations) : 0 };
    },
  };
}
