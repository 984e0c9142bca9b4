import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LruMap } from './lru-map.js';

describe('LruMap', () => {
  it('drops the least recently used entry when full', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('replacing a value keeps one entry and makes it the most recent', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('a', 10);
    lru.set('c', 3);
    expect(lru.get('a')).toBe(10);
    expect(lru.get('b')).toBeUndefined();
  });

  it('keeps an undefined value apart from a missing key', () => {
    const lru = new LruMap<string, number | undefined>(2);
    lru.set('a', undefined);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruMap(0)).toThrow(RangeError);
  });

  it('behaves like a model of recency for any sequence of operations', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 6 }), value: fc.integer() }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 6 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        const lru = new LruMap<number, number>(capacity);
        let model: [number, number][] = []; // oldest first
        for (const o of ops) {
          if (o.kind === 'set') {
            model = [...model.filter(([k]) => k !== o.key), [o.key, o.value] as [number, number]].slice(-capacity);
            lru.set(o.key, o.value);
          } else {
            const found = model.find(([k]) => k === o.key);
            if (found) model = [...model.filter(([k]) => k !== o.key), found];
            expect(lru.get(o.key)).toBe(found?.[1]);
          }
          expect(lru.size).toBe(model.length);
        }
      }),
    );
  });
});
