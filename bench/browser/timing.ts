/** Clocks for the page side of the benchmark. */

/** Resolves after the next frame has been produced (rAF, then the task after it). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export interface LongTaskWatch {
  /**
   * Stops watching. `count` and `maxMs`: the browser's long tasks (≥ 50 ms, its threshold);
   * `longestFrameMs`: the longest long animation frame (≥ 50 ms, script plus the style,
   * layout and paint it caused), 0 if none.
   */
  stop(): Promise<{ count: number; maxMs: number; longestFrameMs: number }>;
}

/** Watches the browser's own 'longtask' and 'long-animation-frame' entries from now on. */
export function watchLongTasks(): LongTaskWatch {
  const since = performance.now();
  const tasks: number[] = [];
  const frames: number[] = [];
  const collect = (entries: PerformanceEntryList): void => {
    for (const entry of entries) {
      if (entry.startTime + entry.duration < since) continue;
      (entry.entryType === 'longtask' ? tasks : frames).push(entry.duration);
    }
  };
  const observer = new PerformanceObserver((list) => collect(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  observer.observe({ type: 'long-animation-frame', buffered: false });
  return {
    async stop() {
      // Entries are delivered asynchronously: a long animation frame only after it rendered.
      await afterNextFrame();
      await afterNextFrame();
      collect(observer.takeRecords());
      observer.disconnect();
      return { count: tasks.length, maxMs: Math.max(0, ...tasks), longestFrameMs: Math.max(0, ...frames) };
    },
  };
}
