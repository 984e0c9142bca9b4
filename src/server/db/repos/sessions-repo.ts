/**
 * A user's password hash and sessions in better-auth's tables (read and changed inside our
 * transactions, so each change and its audit entry commit together), and when each session
 * was last used. Session tokens are never selected: nothing here can leak one.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';
import type { Database } from '../schema.js';

export async function getPasswordHash(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('account')
    .select('password')
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .executeTakeFirst();
  return row?.password ?? null;
}

export async function setPasswordHash(db: Kysely<Database>, engine: Engine, userId: string, passwordHash: string, now: string): Promise<void> {
  await db
    .updateTable('account')
    .set({ password: passwordHash, updatedAt: engine === 'postgres' ? new Date(now) : now })
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .execute();
}

export interface SessionRow {
  id: string;
  createdAt: string | Date;
  updatedAt: string | Date;
  expiresAt: string | Date;
  ipAddress: string | null;
  userAgent: string | null;
  lastActiveAt: string | null;
}

export async function listSessionsOfUser(db: Kysely<Database>, userId: string): Promise<SessionRow[]> {
  return db
    .selectFrom('session')
    .leftJoin('session_activity', 'session_activity.session_id', 'session.id')
    .select([
      'session.id',
      'session.createdAt',
      'session.updatedAt',
      'session.expiresAt',
      'session.ipAddress',
      'session.userAgent',
      'session_activity.last_active_at as lastActiveAt',
    ])
    .where('session.userId', '=', userId)
    .execute();
}

/** Deletes one session of this user; false when the user has no such session. */
export async function deleteSessionOfUser(db: Kysely<Database>, userId: string, sessionId: string): Promise<boolean> {
  const result = await db.deleteFrom('session').where('userId', '=', userId).where('id', '=', sessionId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes every session of this user except `keepSessionId`; returns how many ended. */
export async function deleteOtherSessions(db: Kysely<Database>, userId: string, keepSessionId: string | null): Promise<number> {
  let query = db.deleteFrom('session').where('userId', '=', userId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function touchSession(db: Kysely<Database>, sessionId: string, at: string): Promise<void> {
  // The session may have ended meanwhile (a revocation in another request): then nothing to touch.
  const exists = await db.selectFrom('session').select('id').where('id', '=', sessionId).executeTakeFirst();
  if (!exists) return;
  await db
    .insertInto('session_activity')
    .values({ session_id: sessionId, last_active_at: at })
    .onConflict((oc) => oc.column('session_id').doUpdateSet({ last_active_at: at }))
    .execute();
}
