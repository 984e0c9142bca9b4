/**
 * The calendar files: data/upr-sessions.csv (Working Group sessions), data/upr-reviews.csv (which
 * State is reviewed in which session, and on which day when known) and data/hrc-sessions.csv
 * (Human Rights Council regular sessions). Rows are checked one by one, then against each other.
 */
import { z } from 'zod';
import {
  cycleOfSession,
  sessionRange,
  type HrcSession,
  type ScheduledReview,
  type UprCalendar,
  type UprSession,
} from '../../core/upr/calendar.js';
import {
  isoDateSchema,
  optionalIsoDateSchema,
  optionalPositiveIntSchema,
  parseCsvTable,
  positiveIntSchema,
  ReferenceDataError,
  sourceSchema,
} from './csv-table.js';

export const CALENDAR_FILES = {
  sessions: 'upr-sessions.csv',
  reviews: 'upr-reviews.csv',
  hrcSessions: 'hrc-sessions.csv',
} as const;

export type CalendarTexts = { sessions: string; reviews: string; hrcSessions: string };

export interface ParseCalendarOptions {
  /** File names used in error messages (defaults: CALENDAR_FILES). */
  fileNames?: Partial<Record<keyof CalendarTexts, string>>;
  /** When given, every reviewed State must be one of these ISO3 codes. */
  knownStates?: Iterable<string>;
}

const sessionRowSchema = z
  .object({
    session: positiveIntSchema,
    cycle: positiveIntSchema,
    wg_start: isoDateSchema,
    wg_end: optionalIsoDateSchema,
    date_status: z.enum(['confirmed', 'approximate']),
    adopted_at_hrc: optionalPositiveIntSchema,
    source: sourceSchema,
  })
  .refine((row) => row.wg_end === null || row.wg_end >= row.wg_start, { message: 'wg_end is before wg_start' })
  .refine((row) => row.cycle === cycleOfSession(row.session), { message: 'cycle does not match the session number' });

const reviewRowSchema = z
  .object({
    session: positiveIntSchema,
    iso3: z.string().regex(/^[A-Z]{3}$/, { message: 'not an ISO 3166-1 alpha-3 code (three capital letters)' }),
    review_date: optionalIsoDateSchema,
    date_status: z.enum(['confirmed', 'stated', 'inferred', 'unknown']),
    source: sourceSchema,
  })
  .refine((row) => (row.date_status === 'unknown') === (row.review_date === null), {
    message: 'date_status must be "unknown" exactly when review_date is empty',
  });

const hrcRowSchema = z
  .object({
    hrc_session: positiveIntSchema,
    start: isoDateSchema,
    end: isoDateSchema,
    date_status: z.enum(['confirmed', 'indirect', 'estimated']),
    source: sourceSchema,
  })
  .refine((row) => row.end >= row.start, { message: 'end is before start' });

function duplicateCheck<K>(file: string, describe: (key: K) => string) {
  const seen = new Map<K, number>();
  return (key: K, line: number): void => {
    const previous = seen.get(key);
    if (previous !== undefined) throw new ReferenceDataError(file, line, `${describe(key)} is already listed on line ${previous}`);
    seen.set(key, line);
  };
}

export function parseUprSessionsCsv(text: string, file: string = CALENDAR_FILES.sessions): UprSession[] {
  const check = duplicateCheck<number>(file, (n) => `session ${n}`);
  return parseCsvTable(file, text, sessionRowSchema).map(({ line, value: row }) => {
    check(row.session, line);
    return {
      number: row.session,
      cycle: row.cycle,
      start: row.wg_start,
      end: row.wg_end,
      dateStatus: row.date_status,
      adoptedAtHrc: row.adopted_at_hrc,
      source: row.source,
    };
  });
}

export function parseHrcSessionsCsv(text: string, file: string = CALENDAR_FILES.hrcSessions): HrcSession[] {
  const check = duplicateCheck<number>(file, (n) => `HRC session ${n}`);
  return parseCsvTable(file, text, hrcRowSchema).map(({ line, value: row }) => {
    check(row.hrc_session, line);
    return { number: row.hrc_session, start: row.start, end: row.end, dateStatus: row.date_status, source: row.source };
  });
}

/** Reviews, checked against the sessions: the session must exist and the day must fall in it. */
export function parseUprReviewsCsv(
  text: string,
  sessions: readonly UprSession[],
  file: string = CALENDAR_FILES.reviews,
  knownStates?: ReadonlySet<string>,
): ScheduledReview[] {
  const byNumber = new Map(sessions.map((s) => [s.number, s]));
  const checkPair = duplicateCheck<string>(file, (key) => `the review ${key}`);
  const checkCycle = duplicateCheck<string>(file, (key) => `a review of ${key}`);
  return parseCsvTable(file, text, reviewRowSchema).map(({ line, value: row }) => {
    const session = byNumber.get(row.session);
    if (!session) throw new ReferenceDataError(file, line, `session ${row.session} is not in the UPR sessions file`);
    if (knownStates && !knownStates.has(row.iso3)) throw new ReferenceDataError(file, line, `${row.iso3} is not in the States file`);
    checkPair(`${row.iso3} in session ${row.session}`, line);
    checkCycle(`${row.iso3} in cycle ${session.cycle}`, line);
    if (row.review_date !== null) {
      const range = sessionRange(session);
      if (row.review_date < range.start || row.review_date > range.end) {
        throw new ReferenceDataError(
          file,
          line,
          `review_date ${row.review_date} is outside session ${session.number} (${range.start} to ${range.end})`,
        );
      }
    }
    return { session: row.session, iso3: row.iso3, reviewDate: row.review_date, dateStatus: row.date_status, source: row.source };
  });
}

export function parseCalendarCsvs(texts: CalendarTexts, options: ParseCalendarOptions = {}): UprCalendar {
  const files = { ...CALENDAR_FILES, ...options.fileNames };
  const sessions = parseUprSessionsCsv(texts.sessions, files.sessions);
  const hrcSessions = parseHrcSessionsCsv(texts.hrcSessions, files.hrcSessions);
  const known = options.knownStates ? new Set(options.knownStates) : undefined;
  const reviews = parseUprReviewsCsv(texts.reviews, sessions, files.reviews, known);
  const bySessionNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
  return {
    sessions: [...sessions].sort(bySessionNumber),
    hrcSessions: [...hrcSessions].sort(bySessionNumber),
    reviews,
  };
}
