import { describe, expect, it } from 'vitest';
import { FifoMutex } from './fifo-mutex.js';

describe('FifoMutex', () => {
  it('lets one holder in at a time, in the order they asked', async () => {
    const mutex = new FifoMutex();
    const order: string[] = [];
    const holder = async (name: string) => {
      await mutex.lock();
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push(`${name} out`);
      mutex.unlock();
    };
    await Promise.all(['a', 'b', 'c', 'd'].map(holder));
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out', 'd in', 'd out']);
    expect(mutex.waiting).toBe(0);
  });

  it('wakes only the next waiter on unlock', async () => {
    const mutex = new FifoMutex();
    await mutex.lock();
    const woken: number[] = [];
    const waiters = [1, 2, 3].map((n) => mutex.lock().then(() => woken.push(n)));
    expect(mutex.waiting).toBe(3);
    mutex.unlock();
    await Promise.resolve();
    await Promise.resolve();
    expect(woken).toEqual([1]);
    expect(mutex.waiting).toBe(2);
    mutex.unlock();
    mutex.unlock();
    await Promise.all(waiters);
    expect(woken).toEqual([1, 2, 3]);
    mutex.unlock();
    await mutex.lock(); // free again: taken at once
    mutex.unlock();
  });

  it('stays correct over many hand-offs', async () => {
    const mutex = new FifoMutex();
    let inside = 0;
    let maxInside = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: 5000 }, async () => {
        await mutex.lock();
        inside++;
        maxInside = Math.max(maxInside, inside);
        await Promise.resolve();
        inside--;
        done++;
        mutex.unlock();
      }),
    );
    expect([done, maxInside, mutex.waiting]).toEqual([5000, 1, 0]);
  });

  it('refuses an unlock without a lock', () => {
    expect(() => new FifoMutex().unlock()).toThrow(/without lock/);
  });
});
