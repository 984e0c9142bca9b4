/**
 * The UPR calendar in the database: seeded from the project's data/ files on first start and
 * replaceable by an admin import, so a new session or review date needs no new release.
 */
import type { Kysely } from 'kysely';
import type { HrcSession, ScheduledReview, UprCalendar, UprSession } from '../../../core/upr/calendar.js';
import type { Database } from '../schema.js';

export async function loadCalendar(db: Kysely<Database>): Promise<UprCalendar> {
  const [sessions, hrc, reviews] = await Promise.all([
    db.selectFrom('upr_session').selectAll().orderBy('session').execute(),
    db.selectFrom('hrc_session').selectAll().orderBy('hrc_session').execute(),
    db.selectFrom('upr_review').selectAll().orderBy('session').orderBy('iso3').execute(),
  ]);
  return {
    sessions: sessions.map((s) => ({
      number: Number(s.session),
      cycle: Number(s.cycle),
      start: s.wg_start,
      end: s.wg_end,
      dateStatus: s.date_status as UprSession['dateStatus'],
      adoptedAtHrc: s.adopted_at_hrc === null ? null : Number(s.adopted_at_hrc),
      source: s.source,
    })),
    hrcSessions: hrc.map((s) => ({
      number: Number(s.hrc_session),
      start: s.start_date,
      end: s.end_date,
      dateStatus: s.date_status as HrcSession['dateStatus'],
      source: s.source,
    })),
    reviews: reviews.map((r) => ({
      session: Number(r.session),
      iso3: r.iso3,
      reviewDate: r.review_date,
      dateStatus: r.date_status as ScheduledReview['dateStatus'],
      source: r.source,
    })),
  };
}

export async function isCalendarEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('upr_session').select('session').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function replaceSessions(db: Kysely<Database>, sessions: UprSession[]): Promise<void> {
  await db.deleteFrom('upr_session').execute();
  for (const s of sessions) {
    await db
      .insertInto('upr_session')
      .values({ session: s.number, cycle: s.cycle, wg_start: s.start, wg_end: s.end, date_status: s.dateStatus, adopted_at_hrc: s.adoptedAtHrc, source: s.source ?? '' })
      .execute();
  }
}

export async function replaceHrcSessions(db: Kysely<Database>, sessions: HrcSession[]): Promise<void> {
  await db.deleteFrom('hrc_session').execute();
  for (const s of sessions) {
    await db
      .insertInto('hrc_session')
      .values({ hrc_session: s.number, start_date: s.start, end_date: s.end, date_status: s.dateStatus, source: s.source ?? '' })
      .execute();
  }
}

export async function replaceReviews(db: Kysely<Database>, reviews: ScheduledReview[]): Promise<void> {
  await db.deleteFrom('upr_review').execute();
  for (const r of reviews) {
    await db
      .insertInto('upr_review')
      .values({ session: r.session, iso3: r.iso3, review_date: r.reviewDate, date_status: r.dateStatus, source: r.source ?? '' })
      .execute();
  }
}
