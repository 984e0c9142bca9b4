/**
 * The UPR cycle a review date falls in, for ranking recommendations by recency (the
 * target-State finder weighs a cycle by how far it lies before the campaign's own).
 */
import { diffDays, type IsoDate } from '../dates.js';
import { cycleOfSession, sessionRange, type UprCalendar } from './calendar.js';

/** Average days from one Working Group session to the next: three sessions a year. */
export const DAYS_PER_SESSION = 365.25 / 3;

/** Session 41, the first of the 4th cycle, opened on this day: the anchor when the calendar is empty. */
const ANCHOR = { number: 41, start: '2022-11-07' };

/**
 * The cycle of a review held on `date`: the cycle of the calendar's session that contains the
 * date or comes next after it; outside the calendar, sessions are counted at three a year from
 * its first or last session (sessions 41–54 are the 4th cycle, every later cycle has 14).
 */
export function cycleOfDate(calendar: UprCalendar, date: IsoDate): number {
  const sessions = [...calendar.sessions].sort((a, b) => a.number - b.number);
  const first = sessions[0];
  const last = sessions.at(-1);
  if (!first || !last) return cycleOfSession(sessionNumberFrom(ANCHOR.number, ANCHOR.start, date));
  if (date < first.start) return cycleOfSession(sessionNumberFrom(first.number, first.start, date));
  const within = sessions.find((s) => sessionRange(s).end >= date);
  if (within) return within.cycle;
  return cycleOfSession(sessionNumberFrom(last.number, last.start, date));
}

/** The session number expected on `date`, counted from a session `number` that opened on `start`. */
function sessionNumberFrom(number: number, start: IsoDate, date: IsoDate): number {
  const days = diffDays(start, date);
  // After the anchor: a date past its opening belongs to a later session; before it, a date
  // less than a session's spacing earlier is still reviewed in the anchor session.
  const steps = days > 0 ? Math.ceil(days / DAYS_PER_SESSION) : -Math.floor(-days / DAYS_PER_SESSION);
  return Math.max(1, number + steps);
}
