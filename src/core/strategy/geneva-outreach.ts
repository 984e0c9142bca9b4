/**
 * When to call the permanent missions in Geneva. STRATEGY.md: the window is R−2…R−1 months;
 * missions are too busy during other UPR Working Group and HRC sessions, so those are
 * conflicts; if a session falls about a month before the review, call a couple of weeks
 * before it starts or a week after it ends.
 */
import { addDays, minDate, rangesOverlap, subtractRanges, type DateRange, type IsoDate } from '../dates.js';
import type { UprCalendar } from '../upr/calendar.js';
import { genevaSessionsOverlapping, type GenevaSession } from '../upr/sessions.js';

export interface GenevaOutreachPlan {
  window: DateRange;
  conflicts: GenevaSession[];
  /** Periods to contact missions: never inside any session, always before the review. */
  suggested: DateRange[];
}

/** "A couple of weeks before it starts" and "a week after it ends" (STRATEGY.md, geneva-missions). */
export const DAYS_BEFORE_SESSION = 14;
export const DAYS_AFTER_SESSION = 7;

function mergeRanges(ranges: DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : 1));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= addDays(last.end, 1)) {
      if (range.end > last.end) last.end = range.end;
    } else merged.push({ ...range });
  }
  return merged;
}

export function planGenevaOutreach(calendar: UprCalendar, window: DateRange, reviewDate: IsoDate): GenevaOutreachPlan {
  const conflicts = genevaSessionsOverlapping(calendar, window);
  const candidates: DateRange[] = [window];
  for (const conflict of conflicts) {
    candidates.push({ start: addDays(conflict.start, -DAYS_BEFORE_SESSION), end: addDays(conflict.start, -1) });
    candidates.push({ start: addDays(conflict.end, 1), end: addDays(conflict.end, DAYS_AFTER_SESSION) });
  }
  // Blocked: every session touching any candidate, up to the review's own. The span starts at
  // the earliest candidate: a long conflict's "two weeks before" can lie well before the window.
  const spanStart = candidates.reduce((earliest, c) => minDate(earliest, c.start), addDays(window.start, -DAYS_BEFORE_SESSION - 60));
  const blocked = genevaSessionsOverlapping(calendar, { start: spanStart, end: addDays(reviewDate, 1) });
  const beforeReview: DateRange = { start: spanStart, end: addDays(reviewDate, -1) };
  const free = candidates
    .filter((c) => rangesOverlap(c, beforeReview))
    .map((c) => ({ start: c.start, end: c.end < beforeReview.end ? c.end : beforeReview.end }))
    .flatMap((c) => subtractRanges(c, blocked));
  return { window, conflicts, suggested: mergeRanges(free) };
}
