/**
 * Is a date a bad day to approach a Geneva mission? STRATEGY.md: missions are busy during UPR
 * Working Group and Human Rights Council sessions, so anything scheduled with a mission on such
 * a day gets a warning and the planner's suggested periods instead.
 */
import { addDays, type IsoDate } from '../dates.js';
import type { UprCalendar } from '../upr/calendar.js';
import { genevaSessionsOverlapping, type GenevaSession } from '../upr/sessions.js';

/** The sessions in Geneva on `date` (empty when the day is free). */
export function genevaSessionsOn(calendar: UprCalendar, date: IsoDate): GenevaSession[] {
  return genevaSessionsOverlapping(calendar, { start: date, end: date });
}

/** The nearest free days around `date`: the day before the sessions start and the day after they end. */
export function nearestFreeDays(calendar: UprCalendar, date: IsoDate): { before: IsoDate; after: IsoDate } {
  const conflicts = genevaSessionsOn(calendar, date);
  if (conflicts.length === 0) return { before: date, after: date };
  let before = addDays(conflicts.reduce((min, s) => (s.start < min ? s.start : min), date), -1);
  let after = addDays(conflicts.reduce((max, s) => (s.end > max ? s.end : max), date), 1);
  // Sessions can follow one another (a UPR session right after an HRC one): step over each.
  for (let guard = 0; guard < 12 && genevaSessionsOn(calendar, before).length > 0; guard++) {
    before = addDays(genevaSessionsOn(calendar, before).reduce((min, s) => (s.start < min ? s.start : min), before), -1);
  }
  for (let guard = 0; guard < 12 && genevaSessionsOn(calendar, after).length > 0; guard++) {
    after = addDays(genevaSessionsOn(calendar, after).reduce((max, s) => (s.end > max ? s.end : max), after), 1);
  }
  return { before, after };
}
