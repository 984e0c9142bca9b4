import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../app/deps.js';
import { CHECK_EVERY_MS, FIRST_CHECK_MS, startDailyJob } from './scheduler.js';

/** A clock that reads the (faked) system time, as the server's does. */
const realClock: Clock = { today: () => new Date().toISOString().slice(0, 10), now: () => new Date().toISOString() };

describe('startDailyJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the hour, runs once that day, and again the next day', async () => {
    vi.setSystemTime(new Date('2026-11-27T05:00:00Z'));
    const run = vi.fn(async () => ({ failed: 0 }));
    const job = startDailyJob({ clock: realClock, hourUtc: 7, run, log: () => {} });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000); // 07:00 passes
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10 * 60 * 60 * 1000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(12 * 60 * 60 * 1000); // 05:00 the next day: not yet
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000); // past 07:00
    expect(run).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it('runs soon after a start later in the day', async () => {
    vi.setSystemTime(new Date('2026-11-27T15:30:00Z'));
    const run = vi.fn(async () => ({ failed: 0 }));
    const job = startDailyJob({ clock: realClock, hourUtc: 7, run, log: () => {} });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS);
    expect(run).toHaveBeenCalledTimes(1);
    await job.stop();
  });

  it('retries after failures and errors, logging them instead of throwing', async () => {
    vi.setSystemTime(new Date('2026-11-27T08:00:00Z'));
    const outcomes = [Promise.reject(new Error('database gone')), Promise.resolve({ failed: 2 }), Promise.resolve({ failed: 0 })];
    outcomes[0]?.catch(() => {}); // observed later by the job; avoids an unhandled-rejection warning meanwhile
    const run = vi.fn(() => outcomes[run.mock.calls.length - 1] ?? Promise.resolve({ failed: 0 }));
    const log = vi.fn();
    const job = startDailyJob({ clock: realClock, hourUtc: 7, run, log });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS + 4 * CHECK_EVERY_MS);
    expect(run).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('database gone'));
    await job.stop();
  });

  it('stops: no more runs, and a run in progress is awaited', async () => {
    vi.setSystemTime(new Date('2026-11-27T08:00:00Z'));
    let finish: (value: { failed: number }) => void = () => {};
    const run = vi.fn(() => new Promise<{ failed: number }>((resolve) => (finish = resolve)));
    const job = startDailyJob({ clock: realClock, hourUtc: 7, run, log: () => {} });
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish({ failed: 0 });
    await stopping;
    expect(stopped).toBe(true);
    vi.setSystemTime(new Date('2026-11-28T08:00:00Z'));
    await vi.advanceTimersByTimeAsync(2 * CHECK_EVERY_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
