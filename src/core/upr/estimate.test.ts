import { describe, it, expect } from 'vitest';
import { addMonths, diffDays } from '../dates.js';
import type { ScheduledReview, UprCalendar, UprSession } from './calendar.js';
import { projectSessionStart, suggestReviewDate, SESSIONS_PER_CYCLE } from './estimate.js';

const session = (number: number, start: string, end: string | null): UprSession => ({
  number,
  cycle: 5,
  start,
  end,
  dateStatus: end ? 'confirmed' : 'approximate',
  adoptedAtHrc: null,
});
const review = (iso3: string, s: number, reviewDate: string | null, dateStatus: ScheduledReview['dateStatus']): ScheduledReview => ({
  session: s,
  iso3,
  reviewDate,
  dateStatus,
});

// Two synthetic years of sessions (January, May, November), so every residue modulo 3 is known.
const calendar: UprCalendar = {
  sessions: [
    session(60, '2030-01-21', '2030-02-01'),
    session(61, '2030-05-06', '2030-05-17'),
    session(62, '2030-11-04', '2030-11-15'),
    session(63, '2031-01-20', '2031-01-31'),
    session(64, '2031-05-05', '2031-05-16'),
    session(65, '2031-11-03', null),
  ],
  hrcSessions: [],
  reviews: [
    review('AAA', 64, '2031-05-07', 'confirmed'),
    review('AAB', 64, '2031-05-08', 'stated'),
    review('AAC', 64, '2031-05-09', 'inferred'),
    review('BBB', 65, null, 'unknown'),
    review('CCC', 60, '2030-01-23', 'confirmed'),
    review('EEE', 61, '2030-05-08', 'confirmed'),
    review('EEE', 64, null, 'unknown'),
    review('GGG', 99, '2040-01-01', 'confirmed'),
  ],
};
const TODAY = '2031-02-01';

describe('suggestReviewDate from a known session', () => {
  it.each([
    ['AAA', '2031-05-07', 'confirmed', 'document'],
    ['AAB', '2031-05-08', 'confirmed', 'document'],
    ['AAC', '2031-05-09', 'session', 'inferred-order'],
  ] as const)('%s → %s (%s, %s)', (iso3, date, source, reason) => {
    const s = suggestReviewDate(calendar, iso3, TODAY);
    expect(s?.next).toEqual({ reviewDate: date, source, reason, session: 64, cycle: 5, sessionStart: '2031-05-05', sessionEnd: '2031-05-16' });
    expect(s?.previous).toBeNull();
  });

  it('session known, day not: the first day of the session, end projected when unpublished', () => {
    expect(suggestReviewDate(calendar, 'BBB', TODAY)?.next).toEqual({
      reviewDate: '2031-11-03',
      source: 'session',
      reason: 'session-first-day',
      session: 65,
      cycle: 5,
      sessionStart: '2031-11-03',
      sessionEnd: '2031-11-14',
    });
  });

  it('still the known review on the last day of its session', () => {
    expect(suggestReviewDate(calendar, 'AAA', '2031-05-16')?.next.source).toBe('confirmed');
    expect(suggestReviewDate(calendar, 'AAA', '2031-05-17')?.next.source).toBe('estimated');
  });

  it('a State never reviewed, or reviewed only in a session the calendar lacks → null', () => {
    expect(suggestReviewDate(calendar, 'DDD', TODAY)).toBeNull();
    expect(suggestReviewDate(calendar, 'GGG', TODAY)).toBeNull();
  });
});

describe('suggestReviewDate once the latest session has ended', () => {
  it('estimates the review 14 sessions later, keeping the day offset, and sets previous', () => {
    const s = suggestReviewDate(calendar, 'CCC', TODAY);
    const number = 60 + SESSIONS_PER_CYCLE;
    const start = projectSessionStart(calendar, number);
    expect(start).toBe('2034-11-03'); // session 65 (same season) + 3 years
    expect(s?.next).toEqual({
      reviewDate: '2034-11-05', // two days into the session, as in session 60
      source: 'estimated',
      reason: 'projected-cycle',
      session: 74,
      cycle: 6,
      sessionStart: start,
      sessionEnd: '2034-11-14',
    });
    // About 14/3 years after the base session's start.
    const expectedDays = (14 / 3) * 365.25;
    expect(Math.abs(diffDays('2030-01-21', start as string) - expectedDays)).toBeLessThan(75);
    expect(s?.previous).toMatchObject({ reviewDate: '2030-01-23', source: 'confirmed', session: 60 });
  });

  it('skips projected cycles that have also ended; previous is the last projected one', () => {
    const s = suggestReviewDate(calendar, 'CCC', '2036-01-01');
    expect(s?.next).toMatchObject({ session: 88, source: 'estimated', sessionStart: projectSessionStart(calendar, 88) });
    expect((s?.next.sessionEnd ?? '') >= '2036-01-01').toBe(true);
    expect(s?.previous).toMatchObject({ session: 74, source: 'estimated', reviewDate: '2034-11-05' });
  });
});

describe('suggestReviewDate with several scheduled reviews of one State', () => {
  it('next is the first review whose session has not ended; previous the one before it', () => {
    const before = suggestReviewDate(calendar, 'EEE', '2030-03-01');
    expect(before?.next).toMatchObject({ session: 61, reviewDate: '2030-05-08', source: 'confirmed' });
    expect(before?.previous).toBeNull();

    const between = suggestReviewDate(calendar, 'EEE', '2030-06-01');
    expect(between?.next).toMatchObject({ session: 64, reviewDate: '2031-05-05', source: 'session' });
    expect(between?.previous).toMatchObject({ session: 61, reviewDate: '2030-05-08' });

    const after = suggestReviewDate(calendar, 'EEE', '2031-06-01');
    expect(after?.next).toMatchObject({ session: 78, source: 'estimated' });
    expect(after?.previous).toMatchObject({ session: 64 });
  });
});

describe('projectSessionStart', () => {
  it.each([
    [64, '2031-05-05'],
    [66, '2032-01-20'],
    [67, '2032-05-05'],
    [68, '2032-11-03'],
    [74, '2034-11-03'],
    [78, '2036-01-20'],
  ])('session %i starts about %s', (number, expected) => {
    expect(projectSessionStart(calendar, number)).toBe(expected);
  });

  it('stays in the season of the nearest known session of the same place in the year', () => {
    for (let n = 66; n <= 120; n++) {
      const start = projectSessionStart(calendar, n) as string;
      expect(start).toBe(addMonths(projectSessionStart(calendar, n - 3) as string, 12));
    }
  });

  it('null when no session of that place in the year is known', () => {
    expect(projectSessionStart({ ...calendar, sessions: [session(60, '2030-01-21', '2030-02-01')] }, 74)).toBeNull();
    expect(projectSessionStart({ ...calendar, sessions: [] }, 74)).toBeNull();
  });
});
