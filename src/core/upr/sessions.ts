/**
 * Sessions in Geneva around a date range, known and projected. Missions are too busy to take
 * NGO calls during UPR Working Group and Human Rights Council sessions, so the planner needs
 * them even for years the UN has not yet published (projected: same season a year later).
 */
import { addMonths, rangesOverlap, type DateRange, type IsoDate } from '../dates.js';
import { sessionRange, type UprCalendar } from './calendar.js';

export interface GenevaSession {
  kind: 'upr' | 'hrc';
  number: number;
  start: IsoDate;
  end: IsoDate;
  /** True when the dates are projected from the yearly rhythm rather than published. */
  estimated: boolean;
}

/** The yearly rhythm: three UPR and three HRC regular sessions a year. */
const SESSIONS_A_YEAR = 3;

function shift(range: DateRange, years: number): DateRange {
  return { start: addMonths(range.start, years * 12), end: addMonths(range.end, years * 12) };
}

function knownSessions(calendar: UprCalendar): GenevaSession[] {
  return [
    ...calendar.sessions.map((s) => ({ kind: 'upr' as const, number: s.number, ...sessionRange(s), estimated: s.dateStatus !== 'confirmed' })),
    ...calendar.hrcSessions.map((s) => ({ kind: 'hrc' as const, number: s.number, start: s.start, end: s.end, estimated: s.dateStatus !== 'confirmed' })),
  ];
}

function projectForward(known: GenevaSession[], kind: 'upr' | 'hrc', until: IsoDate): GenevaSession[] {
  const ofKind = known.filter((s) => s.kind === kind).sort((a, b) => a.number - b.number);
  const lastThree = ofKind.slice(-SESSIONS_A_YEAR);
  const projected: GenevaSession[] = [];
  for (let years = 1; lastThree.length === SESSIONS_A_YEAR; years++) {
    const batch = lastThree.map((s) => ({ ...s, ...shift(s, years), number: s.number + years * SESSIONS_A_YEAR, estimated: true }));
    projected.push(...batch);
    if (batch.every((s) => s.start > until)) break;
  }
  return projected;
}

/** Every UPR and HRC session overlapping `range`, published or projected, ordered by start. */
export function genevaSessionsOverlapping(calendar: UprCalendar, range: DateRange): GenevaSession[] {
  const known = knownSessions(calendar);
  const all = [...known, ...projectForward(known, 'upr', range.end), ...projectForward(known, 'hrc', range.end)];
  // A projected session never replaces a published one with the same number.
  const unique = new Map<string, GenevaSession>();
  for (const session of all) {
    const key = `${session.kind}-${session.number}`;
    if (!unique.has(key)) unique.set(key, session);
  }
  return [...unique.values()]
    .filter((s) => rangesOverlap(s, range))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind < b.kind ? -1 : 1));
}

/** The HRC session adopting a WG session's outcome (published or projected), if it can be found. */
export function hrcSessionByNumber(calendar: UprCalendar, number: number, until: IsoDate): GenevaSession | undefined {
  const known = knownSessions(calendar);
  return [...known, ...projectForward(known, 'hrc', until)].find((s) => s.kind === 'hrc' && s.number === number);
}
