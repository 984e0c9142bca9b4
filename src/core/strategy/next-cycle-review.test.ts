import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates.js';
import type { ScheduledReview, UprCalendar, UprSession } from '../upr/calendar.js';
import { nextCycleReview } from './next-cycle-review.js';
import { CYCLE_MONTHS } from './plan-campaign.js';

const session = (number: number, start: string, end: string | null): UprSession => ({
  number,
  cycle: number <= 54 ? 4 : 5,
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

const calendar: UprCalendar = {
  sessions: [
    session(47, '2024-11-04', '2024-11-15'),
    session(48, '2025-01-20', '2025-01-31'),
    session(49, '2025-04-28', '2025-05-09'),
    session(62, '2029-11-05', '2029-11-16'),
  ],
  hrcSessions: [],
  reviews: [
    review('SVN', 48, '2025-01-28', 'confirmed'),
    // A State whose next review is already published.
    review('AAA', 48, '2025-01-22', 'confirmed'),
    review('AAA', 62, '2029-11-07', 'confirmed'),
    review('BBB', 49, null, 'unknown'),
  ],
};

describe('nextCycleReview', () => {
  it('takes the published review of the next cycle when the calendar has it', () => {
    expect(nextCycleReview(calendar, 'AAA', '2025-01-22')).toEqual({
      reviewDate: '2029-11-07',
      source: 'confirmed',
      reason: 'document',
      session: 62,
    });
  });

  it('projects 14 sessions later, keeping the State’s day within its session, when only this cycle is known', () => {
    const next = nextCycleReview(calendar, 'SVN', '2025-01-28');
    // Session 62 is session 48 + 14; the day offset (8 days after the session opens) repeats.
    expect(next).toEqual({ reviewDate: '2029-11-13', source: 'estimated', reason: 'projected-cycle', session: 62 });
  });

  it('uses the planner’s cycle length for a State the calendar does not know', () => {
    expect(nextCycleReview(calendar, 'ZZZ', '2025-03-10')).toEqual({
      reviewDate: addMonths('2025-03-10', CYCLE_MONTHS),
      source: 'estimated',
      reason: 'cycle-length',
      session: null,
    });
  });

  it('never answers a date before the review it follows, nor within a year of it', () => {
    const dates = fc.integer({ min: 0, max: 365 * 6 }).map((n) => addMonths('2022-01-01', Math.floor(n / 30)));
    fc.assert(
      fc.property(fc.constantFrom('SVN', 'AAA', 'BBB', 'ZZZ'), dates, (iso3, reviewDate) => {
        const next = nextCycleReview(calendar, iso3, reviewDate);
        expect(next.reviewDate >= addMonths(reviewDate, 12)).toBe(true);
      }),
    );
  });
});
