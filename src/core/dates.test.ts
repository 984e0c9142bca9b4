import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  rangesOverlap,
  subtractRanges,
  toDayNumber,
  type DateRange,
} from './dates.js';

describe('parseIsoDate', () => {
  it.each([
    ['2027-02-30', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-01-00', null],
    ['2026-04-31', null],
    ['2026-1-1', null],
    ['2026-01-1', null],
    ['26-01-01', null],
    ['2026/01/01', null],
    ['', null],
    ['2027-02-29', null],
    ['2100-02-29', null],
    ['2028-02-29', '2028-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['2026-01-01', '2026-01-01'],
  ])('parseIsoDate(%j) → %j', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('isIsoDate is strict (no surrounding whitespace)', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate(' 2028-02-29')).toBe(false);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it('daysInMonth knows leap years', () => {
    expect([daysInMonth(2027, 2), daysInMonth(2028, 2), daysInMonth(2100, 2), daysInMonth(2026, 4)]).toEqual([28, 29, 28, 30]);
  });
});

describe('addMonths clamps to the end of the month', () => {
  it.each([
    ['2027-08-31', -6, '2027-02-28'],
    ['2028-08-31', -6, '2028-02-29'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-05-31', 1, '2027-06-30'],
    ['2027-08-31', -12, '2026-08-31'],
    ['2027-08-31', 56, '2032-04-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', -48, '2024-02-29'],
    ['2027-12-15', 1, '2028-01-15'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2027-06-10', 0, '2027-06-10'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays and day numbers', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-08-31', 2, '2027-09-02'],
    ['2027-12-20', 30, '2028-01-19'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2027-01-01', 365, '2028-01-01'],
    ['2030-03-01', -730, '2028-03-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(diffDays(date, expected)).toBe(days);
  });

  it('fromDayNumber inverts toDayNumber over 2008–2040, and order is string order', () => {
    const lo = toDayNumber('2008-01-01');
    const hi = toDayNumber('2040-12-31');
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), fc.integer({ min: lo, max: hi }), (a, b) => {
        const da = fromDayNumber(a);
        expect(isIsoDate(da)).toBe(true);
        expect(toDayNumber(da)).toBe(a);
        expect(Math.sign(compareDates(da, fromDayNumber(b)))).toBe(Math.sign(a - b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('subtractRanges', () => {
  const BASE = toDayNumber('2027-12-20'); // small ranges that cross a year end
  const day = (n: number) => fromDayNumber(BASE + n);
  const enumerate = (r: DateRange): string[] => {
    const out: string[] = [];
    for (let d = r.start; d <= r.end; d = addDays(d, 1)) out.push(d);
    return out;
  };
  const rangeArb = (minStart: number, maxStart: number, maxLength: number) =>
    fc.record({ s: fc.integer({ min: minStart, max: maxStart }), len: fc.integer({ min: 0, max: maxLength }) }).map(
      ({ s, len }): DateRange => ({ start: day(s), end: day(s + len) }),
    );

  it.each([
    { name: 'no blocks', blocked: [], expected: [{ start: day(0), end: day(9) }] },
    { name: 'block in the middle', blocked: [{ start: day(3), end: day(5) }], expected: [{ start: day(0), end: day(2) }, { start: day(6), end: day(9) }] },
    { name: 'block covering all', blocked: [{ start: day(-5), end: day(20) }], expected: [] },
    { name: 'block at the start edge', blocked: [{ start: day(-3), end: day(0) }], expected: [{ start: day(1), end: day(9) }] },
    { name: 'block at the end edge', blocked: [{ start: day(9), end: day(12) }], expected: [{ start: day(0), end: day(8) }] },
    {
      name: 'unsorted overlapping blocks',
      blocked: [{ start: day(6), end: day(7) }, { start: day(1), end: day(4) }, { start: day(2), end: day(3) }],
      expected: [{ start: day(0), end: day(0) }, { start: day(5), end: day(5) }, { start: day(8), end: day(9) }],
    },
    { name: 'blocks outside', blocked: [{ start: day(-9), end: day(-1) }, { start: day(10), end: day(15) }], expected: [{ start: day(0), end: day(9) }] },
  ])('$name', ({ blocked, expected }) => {
    expect(subtractRanges({ start: day(0), end: day(9) }, blocked)).toEqual(expected);
  });

  it('free ranges are ordered, disjoint, inside, never blocked, and cover the rest (by day enumeration)', () => {
    fc.assert(
      fc.property(rangeArb(0, 10, 40), fc.array(rangeArb(-15, 60, 15), { maxLength: 6 }), (range, blocked) => {
        const free = subtractRanges(range, blocked);
        for (const [i, r] of free.entries()) {
          expect(r.start <= r.end).toBe(true);
          expect(r.start >= range.start && r.end <= range.end).toBe(true);
          for (const b of blocked) expect(rangesOverlap(r, b)).toBe(false);
          const prev = free[i - 1];
          // Ordered and disjoint; not even adjacent, or a blocked day would be missing between them.
          if (prev) expect(diffDays(prev.end, r.start)).toBeGreaterThan(1);
        }
        const freeDays = new Set(free.flatMap(enumerate));
        const blockedDays = new Set(blocked.flatMap(enumerate));
        for (const d of enumerate(range)) {
          // Every day of the input is exactly one of: free, blocked.
          expect(freeDays.has(d)).toBe(!blockedDays.has(d));
        }
      }),
      { numRuns: 500 },
    );
  });
});
