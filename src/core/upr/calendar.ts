/**
 * The UPR calendar as plain data handed to pure functions: Working Group sessions, the Human
 * Rights Council (HRC) regular sessions, which State is reviewed in which session, and UN
 * member States. The server loads it from data/ and the database; core never reads files.
 */
import { addDays, type DateRange, type IsoDate } from '../dates.js';

/** UN regional groups, as used for elections and by the UPR's "troika" draw. */
export const REGIONAL_GROUPS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

export interface StateInfo {
  iso3: string;
  iso2: string;
  /** 'member' for the 193 UN Member States; 'observer' for the Holy See and Palestine. */
  unStatus: 'member' | 'observer';
  regionalGroup: RegionalGroup | null;
  euMember: boolean;
  names: { en: string; ru: string; [language: string]: string };
}

/** A session of the UPR Working Group in Geneva (two weeks, ~14 States). */
export interface UprSession {
  number: number;
  cycle: number;
  start: IsoDate;
  /** Unknown for announced sessions whose end date is not yet published. */
  end: IsoDate | null;
  dateStatus: 'confirmed' | 'approximate';
  /** The HRC regular session that adopts this session's outcomes, when known. */
  adoptedAtHrc: number | null;
  /** Where the facts come from (a document symbol or address). */
  source?: string;
}

/** A regular session of the Human Rights Council. */
export interface HrcSession {
  number: number;
  start: IsoDate;
  end: IsoDate;
  dateStatus: 'confirmed' | 'indirect' | 'estimated';
  source?: string;
}

/** One State's review in one session. */
export interface ScheduledReview {
  session: number;
  iso3: string;
  /** Exact day of the interactive dialogue, when a document states it. */
  reviewDate: IsoDate | null;
  dateStatus: 'confirmed' | 'stated' | 'inferred' | 'unknown';
  source?: string;
}

export interface UprCalendar {
  sessions: readonly UprSession[];
  hrcSessions: readonly HrcSession[];
  reviews: readonly ScheduledReview[];
}

/** Working Group sessions last two weeks; used when the end date is not yet published. */
export const SESSION_LENGTH_DAYS = 11;

export function sessionRange(session: UprSession): DateRange {
  return { start: session.start, end: session.end ?? addDays(session.start, SESSION_LENGTH_DAYS) };
}


export function findSession(calendar: UprCalendar, number: number): UprSession | undefined {
  return calendar.sessions.find((s) => s.number === number);
}

/** The cycle a Working Group session belongs to (1st: 1–12, 2nd: 13–26, 3rd: 27–40, 4th: 41–54, then 14 each). */
export function cycleOfSession(session: number): number {
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  return 3 + Math.floor((session - 27) / 14);
}
