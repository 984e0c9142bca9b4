/**
 * Admin import of the UPR calendar (sessions, reviews, HRC sessions) in the CSV format of the
 * project's data/ files, so a newly published session or review date needs no new release.
 * A file with any bad row changes nothing and names the line.
 */
import { AppError } from '../../core/errors.js';
import type { UprCalendar } from '../../core/upr/calendar.js';
import { appendAudit } from '../db/repos/audit-repo.js';
import { isCalendarEmpty, replaceHrcSessions, replaceReviews, replaceSessions } from '../db/repos/calendar-repo.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ReferenceDataError } from '../reference/csv-table.js';
import { parseHrcSessionsCsv, parseUprReviewsCsv, parseUprSessionsCsv } from '../reference/parse-calendar-csv.js';
import { authorize, type Actor, type AppDeps } from './deps.js';

export const CALENDAR_IMPORT_KINDS = ['sessions', 'reviews', 'hrc-sessions'] as const;
export type CalendarImportKind = (typeof CALENDAR_IMPORT_KINDS)[number];

/** Fills an empty database with the calendar shipped in data/ (first start, fresh instance). */
export async function seedCalendarIfEmpty(db: Kysely<Database>, calendar: UprCalendar): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await isCalendarEmpty(trx))) return false;
    await replaceSessions(trx, [...calendar.sessions]);
    await replaceHrcSessions(trx, [...calendar.hrcSessions]);
    await replaceReviews(trx, [...calendar.reviews]);
    return true;
  });
}

function parse(deps: AppDeps, kind: CalendarImportKind, text: string) {
  const current = deps.calendar.get();
  const states = new Set(deps.states.all().map((s) => s.iso3));
  try {
    if (kind === 'sessions') return { sessions: parseUprSessionsCsv(text, 'upload') };
    if (kind === 'hrc-sessions') return { hrcSessions: parseHrcSessionsCsv(text, 'upload') };
    return { reviews: parseUprReviewsCsv(text, current.sessions, 'upload', states) };
  } catch (error) {
    if (error instanceof ReferenceDataError) throw new AppError('validation', error.message, { issues: [{ path: 'file', message: error.message }] });
    throw error;
  }
}

export async function importCalendar(deps: AppDeps, actor: Actor, kind: CalendarImportKind, text: string): Promise<{ rows: number }> {
  authorize(actor, 'calendar.import');
  const parsed = parse(deps, kind, text);
  const rows = parsed.sessions?.length ?? parsed.hrcSessions?.length ?? parsed.reviews?.length ?? 0;
  if (rows === 0) throw new AppError('validation', 'The file has no rows.', { issues: [{ path: 'file', message: 'empty' }] });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    if (parsed.sessions) await replaceSessions(trx, parsed.sessions);
    if (parsed.hrcSessions) await replaceHrcSessions(trx, parsed.hrcSessions);
    if (parsed.reviews) await replaceReviews(trx, parsed.reviews);
    await appendAudit(trx, { orgId: actor.orgId, actorId: actor.userId, action: 'calendar.import', objectType: 'calendar', objectId: kind, changes: { rows }, at: now });
  });
  await deps.calendar.reload();
  return { rows };
}
