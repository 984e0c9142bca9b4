import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates.js';
import type { UprCalendar, UprSession } from './calendar.js';
import { cycleOfDate } from './cycle-of-date.js';

const session = (number: number, start: string, end: string | null = null): UprSession => ({ number, cycle: 4, start, end, dateStatus: 'confirmed', adoptedAtHrc: null });
const CALENDAR: UprCalendar = {
  sessions: [session(41, '2022-11-07', '2022-11-18'), session(42, '2023-01-23', '2023-02-03'), session(54, '2026-11-02')],
  hrcSessions: [],
  reviews: [],
};
const EMPTY: UprCalendar = { sessions: [], hrcSessions: [], reviews: [] };

describe('cycleOfDate', () => {
  it('gives the cycle of the calendar session containing or following the date', () => {
    expect(cycleOfDate(CALENDAR, '2022-11-10')).toBe(4);
    expect(cycleOfDate(CALENDAR, '2023-01-01')).toBe(4);
    expect(cycleOfDate(CALENDAR, '2026-11-05')).toBe(4);
  });

  it('counts three sessions a year beyond the calendar: session 55 opens the 5th cycle', () => {
    expect(cycleOfDate(CALENDAR, '2027-01-25')).toBe(5);
    expect(cycleOfDate(CALENDAR, '2031-06-01')).toBe(5);
    expect(cycleOfDate(CALENDAR, '2032-01-20')).toBe(6);
  });

  it('counts backwards before the calendar: 2010 is the 1st cycle, 2015 the 2nd, 2019 the 3rd', () => {
    expect(cycleOfDate(CALENDAR, '2010-05-03')).toBe(1);
    expect(cycleOfDate(CALENDAR, '2015-01-20')).toBe(2);
    expect(cycleOfDate(CALENDAR, '2019-05-06')).toBe(3);
    expect(cycleOfDate(CALENDAR, '2022-10-01')).toBe(4);
  });

  it('works without a calendar, from session 41 of November 2022', () => {
    expect(cycleOfDate(EMPTY, '2022-11-07')).toBe(4);
    expect(cycleOfDate(EMPTY, '2028-01-20')).toBe(5);
    expect(cycleOfDate(EMPTY, '2009-01-01')).toBe(1);
  });

  it('never decreases as the date moves forward (2008–2040)', () => {
    const day = fc.integer({ min: toDayNumber('2008-01-01'), max: toDayNumber('2040-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2000 }), (d, step) => {
        const date = fromDayNumber(d);
        return cycleOfDate(CALENDAR, date) <= cycleOfDate(CALENDAR, addDays(date, step)) && cycleOfDate(CALENDAR, date) >= 1;
      }),
    );
  });
});
