/**
 * The review date of a State's next cycle (stage `start-again`), for the campaign that starts
 * the cycle again: the calendar's published or projected review when it knows the State, else
 * the planner's own cycle length after the last review. The planner's `nextReview` anchor uses
 * the same length, so the old plan's `start-again` stage ends where the new campaign's review is.
 */
import { addDays, addMonths, type IsoDate } from '../dates.js';
import type { UprCalendar } from '../upr/calendar.js';
import { suggestReviewDate, type ReviewDateSource } from '../upr/estimate.js';
import { CYCLE_MONTHS } from './plan-campaign.js';

export interface NextCycleReview {
  reviewDate: IsoDate;
  source: ReviewDateSource;
  /** Why this date; 'cycle-length' when the calendar does not know the State at all. */
  reason: 'document' | 'inferred-order' | 'session-first-day' | 'projected-cycle' | 'cycle-length';
  session: number | null;
}

/**
 * A year after the review is well past its own session and far before the next one (about
 * 4½ years later): a review whose session ends after it belongs to a later cycle, even when
 * the campaign's date was typed by hand and differs from the calendar's by some months.
 */
const LATER_CYCLE_AFTER_MONTHS = 12;

/** The expected review of the cycle after the one reviewed on `reviewDate`. */
export function nextCycleReview(calendar: UprCalendar, iso3: string, reviewDate: IsoDate): NextCycleReview {
  const earliest = addMonths(reviewDate, LATER_CYCLE_AFTER_MONTHS);
  let from = earliest;
  // A review the calendar places within the year (a campaign date typed far from it) is this
  // cycle's, not the next: look past its session once more.
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = suggestReviewDate(calendar, iso3, from)?.next;
    if (!next) break;
    if (next.reviewDate >= earliest)
      return { reviewDate: next.reviewDate, source: next.source, reason: next.reason, session: next.session };
    from = addDays(next.sessionEnd, 1);
  }
  return { reviewDate: addMonths(reviewDate, CYCLE_MONTHS), source: 'estimated', reason: 'cycle-length', session: null };
}
