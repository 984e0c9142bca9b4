/**
 * Where a State's review date comes from. The product always proposes a date and says how sure
 * it is: `confirmed` (a UN document or tracker gives the day), `session` (the session is known,
 * the day is not), `estimated` (a later cycle: the same group of States is reviewed 14 sessions,
 * about 4½ years, later). The user can always type the exact date instead.
 */
import { addDays, addMonths, diffDays, type IsoDate } from '../dates.js';
import { cycleOfSession, findSession, sessionRange, type ScheduledReview, type UprCalendar } from './calendar.js';

export type ReviewDateSource = 'confirmed' | 'session' | 'estimated';

/** Every State comes back for review this many Working Group sessions later (3 sessions a year). */
export const SESSIONS_PER_CYCLE = 14;

export interface ReviewDateEstimate {
  reviewDate: IsoDate;
  source: ReviewDateSource;
  session: number;
  cycle: number;
  sessionStart: IsoDate;
  sessionEnd: IsoDate;
  /** Why this date: a closed set of reasons the UI translates. */
  reason: 'document' | 'inferred-order' | 'session-first-day' | 'projected-cycle';
}

export interface ReviewDateSuggestion {
  /** The first review whose session has not ended by `today`. */
  next: ReviewDateEstimate;
  /** The latest review already held, when there is one: a campaign may start after the review. */
  previous: ReviewDateEstimate | null;
}

/** The State's reviews whose session the calendar knows, oldest first. */
function knownReviewsOf(calendar: UprCalendar, iso3: string): ReviewDateEstimate[] {
  return calendar.reviews
    .filter((r) => r.iso3 === iso3)
    .sort((a, b) => a.session - b.session)
    .map((r) => knownEstimate(calendar, r))
    .filter((e): e is ReviewDateEstimate => e !== null);
}

function knownEstimate(calendar: UprCalendar, review: ScheduledReview): ReviewDateEstimate | null {
  const session = findSession(calendar, review.session);
  if (!session) return null;
  const range = sessionRange(session);
  const base = { session: session.number, cycle: session.cycle, sessionStart: range.start, sessionEnd: range.end };
  if (review.reviewDate && (review.dateStatus === 'confirmed' || review.dateStatus === 'stated')) {
    return { ...base, reviewDate: review.reviewDate, source: 'confirmed', reason: 'document' };
  }
  if (review.reviewDate) return { ...base, reviewDate: review.reviewDate, source: 'session', reason: 'inferred-order' };
  return { ...base, reviewDate: range.start, source: 'session', reason: 'session-first-day' };
}

/**
 * Projected first day of a session not yet in the calendar: sessions come three a year (Jan,
 * May, Nov), so session n starts about a year after session n − 3 of the latest known year.
 */
export function projectSessionStart(calendar: UprCalendar, number: number): IsoDate | null {
  const known = calendar.sessions.filter((s) => s.number <= number && (number - s.number) % 3 === 0);
  const base = known.sort((a, b) => b.number - a.number)[0];
  if (!base) return null;
  return addMonths(base.start, ((number - base.number) / 3) * 12);
}

function projectedEstimate(calendar: UprCalendar, from: ReviewDateEstimate, sessionNumber: number): ReviewDateEstimate | null {
  const start = projectSessionStart(calendar, sessionNumber);
  if (!start) return null;
  // Keep the State's place within its session (its day offset), which tends to repeat.
  const offset = Math.max(0, diffDays(from.sessionStart, from.reviewDate));
  return {
    reviewDate: addDays(start, offset),
    source: 'estimated',
    session: sessionNumber,
    cycle: cycleOfSession(sessionNumber),
    sessionStart: start,
    sessionEnd: addDays(start, 11),
    reason: 'projected-cycle',
  };
}

/** The next (and the previous) review of a State as seen on `today`; null if it is never reviewed. */
export function suggestReviewDate(calendar: UprCalendar, iso3: string, today: IsoDate): ReviewDateSuggestion | null {
  const reviews = knownReviewsOf(calendar, iso3);
  // The first scheduled review not over yet: with two cycles in the calendar, not the latest.
  const upcoming = reviews.findIndex((e) => e.sessionEnd >= today);
  if (upcoming >= 0) return { next: reviews[upcoming] as ReviewDateEstimate, previous: reviews[upcoming - 1] ?? null };
  const known = reviews.at(-1);
  if (!known) return null;
  let previous = known;
  let next = projectedEstimate(calendar, known, known.session + SESSIONS_PER_CYCLE);
  while (next && next.sessionEnd < today) {
    previous = next;
    next = projectedEstimate(calendar, known, next.session + SESSIONS_PER_CYCLE);
  }
  return next ? { next, previous } : null;
}

/** The State's expected review dates (known and projected up to `until`), for plausibility checks. */
export function expectedReviewDates(calendar: UprCalendar, iso3: string, until: IsoDate): IsoDate[] {
  const known = calendar.reviews
    .filter((r) => r.iso3 === iso3)
    .map((r) => knownEstimate(calendar, r))
    .filter((e): e is ReviewDateEstimate => e !== null)
    .sort((a, b) => a.session - b.session);
  const dates = known.map((e) => e.reviewDate);
  const last = known.at(-1);
  if (last) {
    // Earlier cycles: the same group 14 sessions before, 4 years 8 months apart on average.
    for (let k = 1; k <= 3; k++) dates.unshift(addMonths(last.reviewDate, -56 * k));
    for (let n = last.session + SESSIONS_PER_CYCLE; ; n += SESSIONS_PER_CYCLE) {
      const projected = projectedEstimate(calendar, last, n);
      if (!projected || projected.reviewDate > until) break;
      dates.push(projected.reviewDate);
    }
  }
  return dates;
}
