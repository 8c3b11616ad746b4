/**
 * The slice scheduler (page/scheduler.ts): jobs run in order in slices of about the budget,
 * each slice a task of its own (a MessageChannel message, not a clamped timeout), and nothing
 * runs after dispose.
 */
import { describe, expect, it } from 'vitest';
import { createSliceScheduler, taskYielder, type SlicedJob } from '../../page/scheduler';

/** A job of `steps` steps of one unit each, logging each step under its name. */
function job(name: string, steps: number, log: string[]): SlicedJob {
  let left = steps;
  return {
    step() {
      if (left === 0) return 0;
      log.push(name);
      left--;
      return 1;
    },
    finish: () => log.push(`${name} done`),
  };
}

describe('slice scheduler', () => {
  it('runs jobs one after another and resolves idle() when all are done', async () => {
    const log: string[] = [];
    const scheduler = createSliceScheduler();
    scheduler.enqueue(job('a', 2, log));
    scheduler.enqueue(job('b', 1, log));
    expect(scheduler.busy).toBe(true);
    expect(log).toEqual([]); // nothing runs in the caller's task
    await scheduler.idle();
    expect(log).toEqual(['a', 'a', 'a done', 'b', 'b done']);
    expect(scheduler.busy).toBe(false);
    scheduler.dispose();
  });

  it('yields a task between slices when the budget is spent (a fake clock: every check is over budget)', async () => {
    const log: string[] = [];
    let clock = 0;
    const tasks: number[] = [];
    const yielder = taskYielder();
    const counting = Object.assign(
      (fn: () => void) => {
        tasks.push(clock);
        yielder(fn);
      },
      { close: () => yielder.close() },
    );
    const scheduler = createSliceScheduler({ budgetMs: 8, now: () => (clock += 10), yieldTask: counting });
    scheduler.enqueue(job('long', 32 * 3, log));
    await scheduler.idle();
    expect(log.filter((entry) => entry === 'long')).toHaveLength(96);
    // Clock checks every 32 units: three slices of work, then the one that finds the job done.
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    scheduler.dispose();
  });

  it('runs nothing after dispose, and idle() resolves', async () => {
    const log: string[] = [];
    const scheduler = createSliceScheduler();
    scheduler.enqueue(job('never', 3, log));
    scheduler.dispose();
    await scheduler.idle();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([]);
  });
});
