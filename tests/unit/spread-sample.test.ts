/** The painter's sample of what it painted (page/highlight.ts SpreadSample). */
import { describe, expect, it } from 'vitest';
import { SpreadSample } from '../../page/highlight';

describe('SpreadSample', () => {
  it('keeps everything up to its capacity', () => {
    const sample = new SpreadSample<number>(4);
    [0, 1, 2, 3].forEach((n) => sample.add(n));
    expect(sample.values()).toEqual([0, 1, 2, 3]);
  });

  it('keeps items spread evenly over everything added, never more than its capacity', () => {
    const sample = new SpreadSample<number>(4);
    for (let n = 0; n < 100; n++) sample.add(n);
    const kept = sample.values();
    expect(kept.length).toBeLessThanOrEqual(4);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept[0]).toBe(0);
    // Evenly spaced, and reaching into the later half of what was added.
    const gaps = kept.slice(1).map((n, i) => n - kept[i]!);
    expect(new Set(gaps).size).toBe(1);
    expect(kept.at(-1)!).toBeGreaterThanOrEqual(32);
  });
});
